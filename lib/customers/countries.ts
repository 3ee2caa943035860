// Every ISO 3166-1 country: its alpha-2 code (the only value the country field stores) and its
// English name. Committed as data (first generated with Intl.DisplayNames, ICU 78) so that reading
// a name never depends on the ICU build of the server.
export const COUNTRIES: ReadonlyArray<readonly [code: string, name: string]> = [
  ["AD", "Andorra"], ["AE", "United Arab Emirates"], ["AF", "Afghanistan"], ["AG", "Antigua & Barbuda"],
  ["AI", "Anguilla"], ["AL", "Albania"], ["AM", "Armenia"], ["AO", "Angola"],
  ["AQ", "Antarctica"], ["AR", "Argentina"], ["AS", "American Samoa"], ["AT", "Austria"],
  ["AU", "Australia"], ["AW", "Aruba"], ["AX", "Åland Islands"], ["AZ", "Azerbaijan"],
  ["BA", "Bosnia & Herzegovina"], ["BB", "Barbados"], ["BD", "Bangladesh"], ["BE", "Belgium"],
  ["BF", "Burkina Faso"], ["BG", "Bulgaria"], ["BH", "Bahrain"], ["BI", "Burundi"],
  ["BJ", "Benin"], ["BL", "St. Barthélemy"], ["BM", "Bermuda"], ["BN", "Brunei"],
  ["BO", "Bolivia"], ["BQ", "Caribbean Netherlands"], ["BR", "Brazil"], ["BS", "Bahamas"],
  ["BT", "Bhutan"], ["BV", "Bouvet Island"], ["BW", "Botswana"], ["BY", "Belarus"],
  ["BZ", "Belize"], ["CA", "Canada"], ["CC", "Cocos (Keeling) Islands"], ["CD", "Congo - Kinshasa"],
  ["CF", "Central African Republic"], ["CG", "Congo - Brazzaville"], ["CH", "Switzerland"], ["CI", "Côte d'Ivoire"],
  ["CK", "Cook Islands"], ["CL", "Chile"], ["CM", "Cameroon"], ["CN", "China"],
  ["CO", "Colombia"], ["CR", "Costa Rica"], ["CU", "Cuba"], ["CV", "Cape Verde"],
  ["CW", "Curaçao"], ["CX", "Christmas Island"], ["CY", "Cyprus"], ["CZ", "Czechia"],
  ["DE", "Germany"], ["DJ", "Djibouti"], ["DK", "Denmark"], ["DM", "Dominica"],
  ["DO", "Dominican Republic"], ["DZ", "Algeria"], ["EC", "Ecuador"], ["EE", "Estonia"],
  ["EG", "Egypt"], ["EH", "Western Sahara"], ["ER", "Eritrea"], ["ES", "Spain"],
  ["ET", "Ethiopia"], ["FI", "Finland"], ["FJ", "Fiji"], ["FK", "Falkland Islands"],
  ["FM", "Micronesia"], ["FO", "Faroe Islands"], ["FR", "France"], ["GA", "Gabon"],
  ["GB", "United Kingdom"], ["GD", "Grenada"], ["GE", "Georgia"], ["GF", "French Guiana"],
  ["GG", "Guernsey"], ["GH", "Ghana"], ["GI", "Gibraltar"], ["GL", "Greenland"],
  ["GM", "Gambia"], ["GN", "Guinea"], ["GP", "Guadeloupe"], ["GQ", "Equatorial Guinea"],
  ["GR", "Greece"], ["GS", "South Georgia & South Sandwich Islands"], ["GT", "Guatemala"], ["GU", "Guam"],
  ["GW", "Guinea-Bissau"], ["GY", "Guyana"], ["HK", "Hong Kong"], ["HM", "Heard & McDonald Islands"],
  ["HN", "Honduras"], ["HR", "Croatia"], ["HT", "Haiti"], ["HU", "Hungary"],
  ["ID", "Indonesia"], ["IE", "Ireland"], ["IL", "Israel"], ["IM", "Isle of Man"],
  ["IN", "India"], ["IO", "British Indian Ocean Territory"], ["IQ", "Iraq"], ["IR", "Iran"],
  ["IS", "Iceland"], ["IT", "Italy"], ["JE", "Jersey"], ["JM", "Jamaica"],
  ["JO", "Jordan"], ["JP", "Japan"], ["KE", "Kenya"], ["KG", "Kyrgyzstan"],
  ["KH", "Cambodia"], ["KI", "Kiribati"], ["KM", "Comoros"], ["KN", "St. Kitts & Nevis"],
  ["KP", "North Korea"], ["KR", "South Korea"], ["KW", "Kuwait"], ["KY", "Cayman Islands"],
  ["KZ", "Kazakhstan"], ["LA", "Laos"], ["LB", "Lebanon"], ["LC", "St. Lucia"],
  ["LI", "Liechtenstein"], ["LK", "Sri Lanka"], ["LR", "Liberia"], ["LS", "Lesotho"],
  ["LT", "Lithuania"], ["LU", "Luxembourg"], ["LV", "Latvia"], ["LY", "Libya"],
  ["MA", "Morocco"], ["MC", "Monaco"], ["MD", "Moldova"], ["ME", "Montenegro"],
  ["MF", "St. Martin"], ["MG", "Madagascar"], ["MH", "Marshall Islands"], ["MK", "North Macedonia"],
  ["ML", "Mali"], ["MM", "Myanmar"], ["MN", "Mongolia"], ["MO", "Macao"],
  ["MP", "Northern Mariana Islands"], ["MQ", "Martinique"], ["MR", "Mauritania"], ["MS", "Montserrat"],
  ["MT", "Malta"], ["MU", "Mauritius"], ["MV", "Maldives"], ["MW", "Malawi"],
  ["MX", "Mexico"], ["MY", "Malaysia"], ["MZ", "Mozambique"], ["NA", "Namibia"],
  ["NC", "New Caledonia"], ["NE", "Niger"], ["NF", "Norfolk Island"], ["NG", "Nigeria"],
  ["NI", "Nicaragua"], ["NL", "Netherlands"], ["NO", "Norway"], ["NP", "Nepal"],
  ["NR", "Nauru"], ["NU", "Niue"], ["NZ", "New Zealand"], ["OM", "Oman"],
  ["PA", "Panama"], ["PE", "Peru"], ["PF", "French Polynesia"], ["PG", "Papua New Guinea"],
  ["PH", "Philippines"], ["PK", "Pakistan"], ["PL", "Poland"], ["PM", "St. Pierre & Miquelon"],
  ["PN", "Pitcairn Islands"], ["PR", "Puerto Rico"], ["PS", "Palestine"], ["PT", "Portugal"],
  ["PW", "Palau"], ["PY", "Paraguay"], ["QA", "Qatar"], ["RE", "Réunion"],
  ["RO", "Romania"], ["RS", "Serbia"], ["RU", "Russia"], ["RW", "Rwanda"],
  ["SA", "Saudi Arabia"], ["SB", "Solomon Islands"], ["SC", "Seychelles"], ["SD", "Sudan"],
  ["SE", "Sweden"], ["SG", "Singapore"], ["SH", "St. Helena"], ["SI", "Slovenia"],
  ["SJ", "Svalbard & Jan Mayen"], ["SK", "Slovakia"], ["SL", "Sierra Leone"], ["SM", "San Marino"],
  ["SN", "Senegal"], ["SO", "Somalia"], ["SR", "Suriname"], ["SS", "South Sudan"],
  ["ST", "São Tomé & Príncipe"], ["SV", "El Salvador"], ["SX", "Sint Maarten"], ["SY", "Syria"],
  ["SZ", "Eswatini"], ["TC", "Turks & Caicos Islands"], ["TD", "Chad"], ["TF", "French Southern Territories"],
  ["TG", "Togo"], ["TH", "Thailand"], ["TJ", "Tajikistan"], ["TK", "Tokelau"],
  ["TL", "Timor-Leste"], ["TM", "Turkmenistan"], ["TN", "Tunisia"], ["TO", "Tonga"],
  ["TR", "Türkiye"], ["TT", "Trinidad & Tobago"], ["TV", "Tuvalu"], ["TW", "Taiwan"],
  ["TZ", "Tanzania"], ["UA", "Ukraine"], ["UG", "Uganda"], ["UM", "U.S. Outlying Islands"],
  ["US", "United States"], ["UY", "Uruguay"], ["UZ", "Uzbekistan"], ["VA", "Vatican City"],
  ["VC", "St. Vincent & Grenadines"], ["VE", "Venezuela"], ["VG", "British Virgin Islands"], ["VI", "U.S. Virgin Islands"],
  ["VN", "Vietnam"], ["VU", "Vanuatu"], ["WF", "Wallis & Futuna"], ["WS", "Samoa"],
  ["YE", "Yemen"], ["YT", "Mayotte"], ["ZA", "South Africa"], ["ZM", "Zambia"],
  ["ZW", "Zimbabwe"],
];

export const COUNTRY_CODES = COUNTRIES.map(([code]) => code);

/** Other English names a spreadsheet may use, by code (official long forms, former names). */
const ALIASES: Record<string, readonly string[]> = {
  BA: ["Bosnia"], BO: ["Bolivia (Plurinational State of)"], BN: ["Brunei Darussalam"], BQ: ["Bonaire, Sint Eustatius and Saba", "Bonaire"],
  CD: ["Democratic Republic of the Congo", "DR Congo", "Congo (Kinshasa)"], CG: ["Republic of the Congo", "Congo", "Congo (Brazzaville)"],
  CI: ["Ivory Coast"], CV: ["Cabo Verde"], CZ: ["Czech Republic"], FK: ["Falkland Islands (Malvinas)"], FM: ["Federated States of Micronesia"],
  GB: ["UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales", "United Kingdom of Great Britain and Northern Ireland"],
  HK: ["Hong Kong SAR China"], IR: ["Iran, Islamic Republic of"], KP: ["Democratic People's Republic of Korea"],
  KR: ["Korea", "Republic of Korea", "Korea, Republic of"], LA: ["Lao People's Democratic Republic"], MD: ["Republic of Moldova"],
  MK: ["Macedonia"], MM: ["Burma", "Myanmar (Burma)"], MO: ["Macau", "Macao SAR China"], NL: ["The Netherlands", "Holland"],
  PS: ["Palestinian Territories", "State of Palestine"], RU: ["Russian Federation"], SY: ["Syrian Arab Republic"], SZ: ["Swaziland"],
  TL: ["East Timor"], TR: ["Turkey"], TW: ["Taiwan, Province of China"], TZ: ["United Republic of Tanzania"],
  UM: ["United States Minor Outlying Islands"], US: ["USA", "U.S.A.", "U.S.", "United States of America", "America"],
  VA: ["Holy See"], VE: ["Venezuela (Bolivarian Republic of)"], VN: ["Viet Nam"],
};

/** Case, accents, punctuation, "&"/"and", "St."/"Saint" and a leading "The" do not matter. */
export function normalizeCountryName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[.,'’()\-]/g, " ")
    .replace(/\bst\b/g, "saint")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}

const codes = new Set(COUNTRY_CODES);
const nameOf = new Map(COUNTRIES);
const codeByName = new Map<string, string>();
for (const [code, name] of COUNTRIES) codeByName.set(normalizeCountryName(name), code);
for (const [code, aliases] of Object.entries(ALIASES)) {
  for (const alias of aliases) codeByName.set(normalizeCountryName(alias), code);
}

export function isCountryCode(value: string): boolean {
  return codes.has(value);
}

export function countryName(code: string): string {
  return nameOf.get(code) ?? code;
}

/** The alpha-2 code for a code in any case ("se", "SE") or an English name ("Sweden", "United
 * Kingdom", "Côte d'Ivoire"); null when the text is neither. */
export function countryCodeFromText(text: string): string | null {
  const value = text.trim();
  if (/^[a-z]{2}$/i.test(value) && codes.has(value.toUpperCase())) return value.toUpperCase();
  return codeByName.get(normalizeCountryName(value)) ?? null;
}
