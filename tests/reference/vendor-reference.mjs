// Refreshes tests/reference/reference-data.json, the part of ../shared/reference that tests compare the product's
// data with, so that those tests run in this repository on its own. Run it when ../shared/reference changes:
//   node tests/reference/vendor-reference.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const shared = path.join(here, '..', '..', '..', 'shared', 'reference');
const data = JSON.parse(fs.readFileSync(path.join(shared, 'data.json'), 'utf8'));
const deliveryTime = fs.readFileSync(path.join(shared, 'data-delivery-time.md'), 'utf8');

const carrier = (id) => data.carriers.find((entry) => entry.id === id);
const contract = (id, origin) =>
	carrier(id).tariff.ecommerce_contract_examples.find((entry) => entry.origin === origin);
const sf = contract('sf', '32');
const sto = contract('sto', '32 (presumed)');

// data-delivery-time.md §6: "3 periods 2.30% · 6 periods 4.50% · 12 periods 7.50%" (source F1).
const huabei = Object.fromEntries(
	[...deliveryTime.matchAll(/(\d+) periods (\d+\.\d+)%/g)]
		.slice(0, 3)
		.map(([, periods, percent]) => [periods, Number(percent)]),
);
// §4: "Top-5 discount carriers (Tongda) ≈73%, not 77%".
const tongdaShare = Number(/Tongda\)\s*≈(\d+)%/.exec(deliveryTime)?.[1]);

const subset = {
	$comment:
		'Vendored from ../shared/reference (data.json, data-delivery-time.md) by tests/reference/vendor-reference.mjs',
	sources: Object.fromEntries(
		Object.entries(data.sources).map(([id, source]) => [
			id,
			{ title: source.title, date: source.date, url: source.url },
		]),
	),
	sfWuxi2025: { source: sf.source, zones: sf.zones },
	sto2025: { source: sto.source, baseByWeight: sto.base_by_weight, extraPerKgByDestination: sto.extra_per_kg_by_dest },
	huabeiInstallmentPercent: huabei,
	tongdaSharePercent: tongdaShare,
};
fs.writeFileSync(path.join(here, 'reference-data.json'), `${JSON.stringify(subset, null, '\t')}\n`);
