import { useState } from 'preact/hooks';
import { isQuickContract, type MerchantContract } from '../../utils/core/contract-model';
import { carrierName, contractName, formatDate, provinceName } from '../format';
import { useI18n } from '../i18n';

interface ContractListProps {
	contracts: MerchantContract[];
	onEdit: (contract: MerchantContract) => void;
	onDelete: (id: string) => void;
}

/** Rows drawn at once: a thousand contracts must not cost a thousand rows of DOM before the page is ready. */
export const CONTRACTS_PER_PAGE = 50;

/** Stored contracts, a page at a time, with edit and a two-step delete (no accidental loss of a rate card). */
export function ContractList({ contracts, onEdit, onDelete }: ContractListProps) {
	const i18n = useI18n();
	const { t, lang } = i18n;
	const [confirming, setConfirming] = useState<string | null>(null);
	const [page, setPage] = useState(0);
	if (contracts.length === 0) return <p>{t('contracts_empty')}</p>;
	const pages = Math.ceil(contracts.length / CONTRACTS_PER_PAGE);
	// A delete elsewhere can shorten the list under the page shown.
	const shownPage = Math.min(page, pages - 1);
	const first = shownPage * CONTRACTS_PER_PAGE;
	const shown = contracts.slice(first, first + CONTRACTS_PER_PAGE);
	return (
		<>
			{pages > 1 && (
				<nav class="pg-actions" aria-label={t('contracts_pages')}>
					<button type="button" disabled={shownPage === 0} onClick={() => setPage(shownPage - 1)}>
						{t('contracts_page_prev')}
					</button>
					<span role="status">{t('contracts_page_status', [first + 1, first + shown.length, contracts.length])}</span>
					<button type="button" disabled={shownPage === pages - 1} onClick={() => setPage(shownPage + 1)}>
						{t('contracts_page_next')}
					</button>
				</nav>
			)}
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
					{shown.map((contract) => {
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
									<button
										type="button"
										data-cl="contract-edit"
										aria-label={t('contracts_edit_named', [label])}
										onClick={() => onEdit(contract)}
									>
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
		</>
	);
}
