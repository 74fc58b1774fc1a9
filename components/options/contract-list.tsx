import { useState } from 'preact/hooks';
import { isQuickContract, type MerchantContract } from '../../utils/core/contract-model';
import { carrierName, contractName, formatDate, provinceName } from '../format';
import { useI18n } from '../i18n';

interface ContractListProps {
	contracts: MerchantContract[];
	onEdit: (contract: MerchantContract) => void;
	onDelete: (id: string) => void;
}

/** Stored contracts with edit and a two-step delete (no accidental loss of a rate card). */
export function ContractList({ contracts, onEdit, onDelete }: ContractListProps) {
	const i18n = useI18n();
	const { t, lang } = i18n;
	const [confirming, setConfirming] = useState<string | null>(null);
	if (contracts.length === 0) return <p>{t('contracts_empty')}</p>;
	return (
		<table class="pg-table">
			<caption class="pg-sr">{t('contracts_title')}</caption>
			<thead>
				<tr>
					<th scope="col">{t('editor_carrier')}</th>
					<th scope="col">{t('editor_name')}</th>
					<th scope="col">{t('contracts_validity')}</th>
					<th scope="col">{t('editor_origins')}</th>
					<th scope="col">{t('contracts_updated')}</th>
					<th scope="col">{t('editor_actions')}</th>
				</tr>
			</thead>
			<tbody>
				{contracts.map((contract) => {
					const label = contractName(i18n, contract);
					return (
						<tr key={contract.id} data-cl="contract-row" data-id={contract.id}>
							<td>{carrierName(contract.carrier, lang)}</td>
							<td>{contract.name || (isQuickContract(contract) ? label : '')}</td>
							<td>
								{contract.validFrom || contract.validTo
									? `${contract.validFrom ?? '\u2026'} \u2013 ${contract.validTo ?? '\u2026'}`
									: t('contracts_open_validity')}
							</td>
							<td>
								{contract.originProvinces.length === 0
									? t('contracts_any_origin')
									: contract.originProvinces.map((code) => provinceName(code, lang)).join(t('list_separator'))}
							</td>
							<td>{formatDate(contract.updatedAt)}</td>
							<td class="pg-actions">
								<button type="button" aria-label={t('contracts_edit_named', [label])} onClick={() => onEdit(contract)}>
									{t('action_edit')}
								</button>
								{confirming === contract.id ? (
									<>
										<button
											type="button"
											class="pg-danger"
											aria-label={t('contracts_confirm_delete_named', [label])}
											onClick={() => {
												setConfirming(null);
												onDelete(contract.id);
											}}
										>
											{t('contracts_confirm_delete')}
										</button>
										<button type="button" onClick={() => setConfirming(null)}>
											{t('action_cancel')}
										</button>
									</>
								) : (
									<button
										type="button"
										aria-label={t('contracts_delete_named', [label])}
										onClick={() => setConfirming(contract.id)}
									>
										{t('action_delete')}
									</button>
								)}
							</td>
						</tr>
					);
				})}
			</tbody>
		</table>
	);
}
