import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ComparedRow, SortColumn, SortDirection } from '../../utils/core/comparison';
import { type CurrencyDisplay, formatMoney, reasonText } from '../format';
import { useI18n } from '../i18n';
import {
	carrierWords,
	feeWords,
	localDay,
	moneyOrUnknown,
	pageLink,
	paymentWords,
	rowName,
	shipFromWords,
	unknownWord,
} from './compare-format';

/** Up to this many rows are all in the DOM (a page search finds them); beyond, only those on screen and a margin. */
const WINDOWING_FROM = 60;
/** Rows rendered above and below the visible ones. */
const OVERSCAN = 10;
/** Row height before one is measured (CSS keeps rows one line high). */
const ESTIMATED_ROW_PX = 37;

interface Column {
	id: SortColumn | 'pin' | 'change';
	label: string;
	/** In em: the table's layout is fixed, so sorting or scrolling never re-measures every cell. */
	width: number;
	/** Right-aligned money and counts. */
	numeric?: boolean;
}

export interface ShopsTableProps {
	rows: ComparedRow[];
	currency: CurrencyDisplay;
	sort: { column: SortColumn; direction: SortDirection };
	onSort: (column: SortColumn) => void;
	pinnedKeys: readonly string[];
	onPin: (key: string) => void;
	/** The row the panel came from (`?highlight=<key>`); scrolled into view once. */
	highlightKey: string | null;
}

/**
 * The comparison table. Sorting is by a button in each header (the `th` carries aria-sort); with many rows only
 * the rows near the screen are rendered, between two spacer rows, so 10,000 rows sort and scroll smoothly.
 */
export function ShopsTable(props: ShopsTableProps) {
	const { t } = useI18n();
	const { rows } = props;
	const bodyRef = useRef<HTMLTableSectionElement>(null);
	const [rowPx, setRowPx] = useState(ESTIMATED_ROW_PX);
	const [firstVisible, setFirstVisible] = useState(0);
	const [visibleCount, setVisibleCount] = useState(() => Math.ceil(innerHeight / ESTIMATED_ROW_PX) + 1);
	const windowed = rows.length > WINDOWING_FROM;

	useEffect(() => {
		if (!windowed) return;
		const update = () => {
			const body = bodyRef.current;
			if (!body) return;
			const top = body.getBoundingClientRect().top;
			setFirstVisible(Math.max(0, Math.floor(-top / rowPx)));
			setVisibleCount(Math.ceil(window.innerHeight / rowPx) + 1);
		};
		update();
		addEventListener('scroll', update, { passive: true });
		addEventListener('resize', update);
		return () => {
			removeEventListener('scroll', update);
			removeEventListener('resize', update);
		};
	}, [windowed, rowPx]);

	// The real row height (fonts differ), measured once the first rows exist: measuring forces a layout, which
	// a sort of 10,000 rows should not wait for.
	const measured = useRef(false);
	useLayoutEffect(() => {
		if (measured.current) return;
		const row = bodyRef.current?.querySelector<HTMLElement>('[data-cl="compare-row"]');
		const height = row?.getBoundingClientRect().height ?? 0;
		if (height <= 0) return;
		measured.current = true;
		if (Math.abs(height - rowPx) > 0.5) setRowPx(height);
	});

	// Brings the highlighted row on screen once it has been loaded.
	const scrolledTo = useRef<string | null>(null);
	useEffect(() => {
		const key = props.highlightKey;
		if (!key || scrolledTo.current === key) return;
		const index = rows.findIndex((row) => row.record.key === key);
		const body = bodyRef.current;
		if (index < 0 || !body) return;
		scrolledTo.current = key;
		const top = body.getBoundingClientRect().top + scrollY + index * rowPx;
		scrollTo({ top: Math.max(0, top - innerHeight / 3) });
	}, [rows, props.highlightKey, rowPx]);

	const start = windowed ? Math.max(0, Math.min(firstVisible - OVERSCAN, rows.length - 1)) : 0;
	const end = windowed ? Math.min(rows.length, firstVisible + visibleCount + OVERSCAN) : rows.length;

	const columns: Column[] = [
		{ id: 'pin', label: t('compare_col_pin'), width: 3.5 },
		{ id: 'shop', label: t('compare_col_shop'), width: 11 },
		{ id: 'platform', label: t('compare_col_platform'), width: 5 },
		{ id: 'title', label: t('compare_col_title'), width: 14 },
		{ id: 'price', label: t('compare_col_price'), width: 9, numeric: true },
		{ id: 'listed-fee', label: t('compare_col_listed_fee'), width: 6.5, numeric: true },
		{ id: 'your-cost', label: t('compare_col_your_cost'), width: 6.5, numeric: true },
		{ id: 'their-cost', label: t('compare_col_their_cost'), width: 6.5, numeric: true },
		{ id: 'gap', label: t('compare_col_gap'), width: 15 },
		{ id: 'ship-from', label: t('compare_col_ship_from'), width: 7 },
		{ id: 'delivery', label: t('compare_col_delivery'), width: 10 },
		{ id: 'carrier', label: t('compare_col_carrier'), width: 6 },
		{ id: 'payments', label: t('compare_col_payments'), width: 9 },
		{ id: 'change', label: t('compare_col_change'), width: 14 },
		{ id: 'last-seen', label: t('compare_col_last_seen'), width: 7.5 },
		{ id: 'visits', label: t('compare_col_visits'), width: 5, numeric: true },
	];

	return (
		<table class="pg-table cmp-table" aria-rowcount={rows.length + 1}>
			<caption class="pg-sr">{t('compare_table_caption', [rows.length])}</caption>
			<colgroup>
				{columns.map((column) => (
					<col key={column.id} style={{ width: `${column.width}em` }} />
				))}
			</colgroup>
			<thead>
				<tr aria-rowindex={1}>
					{columns.map((column) => (
						<HeaderCell key={column.id} column={column} sort={props.sort} onSort={props.onSort} />
					))}
				</tr>
			</thead>
			<tbody ref={bodyRef}>
				{start > 0 && <Spacer rows={start} rowPx={rowPx} />}
				{rows.slice(start, end).map((row, offset) => (
					<Row
						key={row.record.key}
						row={row}
						index={start + offset}
						currency={props.currency}
						pinned={props.pinnedKeys.includes(row.record.key)}
						onPin={props.onPin}
						highlighted={row.record.key === props.highlightKey}
					/>
				))}
				{end < rows.length && <Spacer rows={rows.length - end} rowPx={rowPx} />}
			</tbody>
		</table>
	);
}

/** Stands in for rows not rendered, so the page keeps its full height and scroll position. */
function Spacer({ rows, rowPx }: { rows: number; rowPx: number }) {
	// biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty row with nothing focusable; screen readers skip it (aria-rowindex numbers the real rows)
	return <tr aria-hidden="true" class="cmp-spacer" style={{ height: `${rows * rowPx}px` }} />;
}

function HeaderCell({
	column,
	sort,
	onSort,
}: {
	column: Column;
	sort: ShopsTableProps['sort'];
	onSort: ShopsTableProps['onSort'];
}) {
	const { t } = useI18n();
	const id = column.id;
	if (id === 'pin' || id === 'change') {
		return (
			<th scope="col" class={id === 'pin' ? 'cmp-pin-col' : undefined}>
				{column.label}
			</th>
		);
	}
	const sorted = sort.column === id ? sort.direction : undefined;
	return (
		<th scope="col" aria-sort={sorted} class={column.numeric ? 'cmp-num' : undefined}>
			<button
				type="button"
				class="cmp-sort"
				data-cl="compare-sort"
				data-column={id}
				title={t(sorted === 'ascending' ? 'compare_sort_descending' : 'compare_sort_ascending')}
				onClick={() => onSort(id)}
			>
				{column.label}
				<span aria-hidden="true" class="cmp-sort-mark">
					{sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : ' ↕'}
				</span>
			</button>
		</th>
	);
}

interface RowProps {
	row: ComparedRow;
	index: number;
	currency: CurrencyDisplay;
	pinned: boolean;
	onPin: (key: string) => void;
	highlighted: boolean;
}

function Row({ row, index, currency, pinned, onPin, highlighted }: RowProps) {
	const i18n = useI18n();
	const { t } = i18n;
	const { record } = row;
	const link = pageLink(record);
	const name = rowName(record);
	const change = row.latestChange ? reasonText(i18n, row.latestChange, currency) : '';
	const gap = reasonText(i18n, row.gap, currency);
	return (
		<tr
			data-cl="compare-row"
			data-key={record.key}
			data-platform={record.platform}
			data-page-type={record.pageType}
			data-price-fen={record.priceFen ?? ''}
			data-listed-fee-fen={record.listedFeeFen ?? ''}
			data-ship-from={record.shipFromProvince ?? ''}
			data-your-cost-fen={row.yourCostFen ?? ''}
			data-their-cost-fen={row.theirCostFen ?? ''}
			data-visits={record.visits}
			data-prev-price-fen={row.prevPriceFen ?? undefined}
			aria-rowindex={index + 2}
			aria-current={highlighted ? 'true' : undefined}
			class={highlighted ? 'cmp-highlight' : undefined}
		>
			<td class="cmp-pin-col">
				<button
					type="button"
					class="cmp-pin"
					data-cl="compare-pin"
					aria-pressed={pinned}
					aria-label={t('compare_pin_row', [name])}
					onClick={() => onPin(record.key)}
				>
					{pinned ? '★' : '☆'}
				</button>
			</td>
			<td title={record.shopName ?? undefined}>
				{record.shopName ?? <span class="cmp-unknown">{unknownWord(i18n)}</span>}
			</td>
			<td>{t(`platform_${record.platform}`)}</td>
			<td title={record.title ?? undefined}>
				{link ? (
					<a href={link} target="_blank" rel="noopener noreferrer">
						{record.title ?? t(`pagetype_${record.pageType}`)}
					</a>
				) : (
					(record.title ?? t(`pagetype_${record.pageType}`))
				)}
			</td>
			<td class="cmp-num">
				{record.priceFen === null ? (
					<span class="cmp-unknown">{unknownWord(i18n)}</span>
				) : (
					formatMoney(record.priceFen, currency)
				)}
				{row.prevPriceFen !== null && (
					<span class="cmp-was">{` ${t('compare_was', [formatMoney(row.prevPriceFen, currency)])}`}</span>
				)}
			</td>
			<td class="cmp-num" title={record.listedFeeText ?? undefined}>
				{feeWords(record, i18n, currency)}
			</td>
			<td class="cmp-num">{moneyOrUnknown(row.yourCostFen, i18n, currency)}</td>
			<td class="cmp-num">{moneyOrUnknown(row.theirCostFen, i18n, currency)}</td>
			<td title={gap}>{gap}</td>
			<td>{shipFromWords(record, i18n)}</td>
			<td title={record.deliveryPromise ?? undefined}>
				{record.deliveryPromise ?? <span class="cmp-unknown">{unknownWord(i18n)}</span>}
			</td>
			<td>{carrierWords(record, i18n)}</td>
			<td>{paymentWords(record, i18n)}</td>
			<td title={change || undefined}>{change}</td>
			<td>{localDay(record.lastSeen)}</td>
			<td class="cmp-num">{record.visits}</td>
		</tr>
	);
}
