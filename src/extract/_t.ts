import { findPersons, contextOf } from './persons';
import { baseRegistry, learnOrganisations } from './organisations';
const reg = learnOrganisations('A delegation of the Progressive Party of Working People (AKEL) of Cyprus, led by', baseRegistry());
for (const s of [
 'Chinese Foreign Minister Wang Yi met with Stephanos Stephanou, General Secretary of the AKEL, in Beijing.',
 'BEIJING, Feb. 28 (Xinhua) — Chinese President Xi Jinping held talks with President of the Republic of Sierra Leone Julius Maada Bio, who is on a state visit.',
 'Li Qiang met with Mbalula Fikile and Fukushima.',
 'Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi held talks with Malta’s Deputy Prime Minister and Minister for Foreign Affairs and Tourism Ian Borg in Beijing.',
 'Li, a member of the Standing Committee, met with Italy\'s Senate President Ignazio La Russa, and Deputy X.',
 'In the afternoon, Xi met with President of the Republic of the Congo Denis Sassou Nguesso.',
]) { const c = contextOf(s, reg); console.log(findPersons(s, 0, c).map(p => `${p.name}|${p.country}|${p.countryFrom}|${p.role}`)); }
