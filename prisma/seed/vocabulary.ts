// Word lists for generated customers: clinics and practices in the places such a company sells.
export const FIRST_NAMES = ["Hayden", "Gerald", "Zack", "Kelly", "Jessie", "Lisa", "Screech", "Slater", "Maria", "Olivia", "Noah", "Emma", "Liam", "Ava", "Ingrid", "Lars", "Sofia", "Mateo", "Amara", "Kenji", "Priya", "Omar", "Chloe", "Ethan", "Nora", "Henrik", "Aisha", "Lucas", "Mia", "Jonas"] as const;
export const LAST_NAMES = ["Parker", "Dean", "Morris", "Kapowski", "Spano", "Turner", "Powers", "Belding", "Nguyen", "Johansen", "Hansen", "Garcia", "Smith", "Olsen", "Brown", "Larsen", "Lee", "Patel", "Kim", "Martinez", "Andersen", "Walker", "Haugen", "Clark", "Berg", "Lewis", "Moe", "Young", "Dahl", "Hall", "Lund", "Allen", "Bakken", "King", "Strand", "Wright", "Holm", "Scott", "Aas", "Green"] as const;
export const PRACTICE_KINDS = ["Clinic", "Family Clinic", "Imaging", "Women's Health", "Medical Center", "Ultrasound", "Vet Clinic", "Radiology", "Health Partners", "Maternity Care"] as const;
export const PLACES = [
  ["Why", "Arizona", "US", "85321"], ["Tempe", "Arizona", "US", "85281"], ["Phoenix", "Arizona", "US", "85001"],
  ["Austin", "Texas", "US", "73301"], ["Dallas", "Texas", "US", "75201"], ["Denver", "Colorado", "US", "80202"],
  ["Portland", "Oregon", "US", "97201"], ["Seattle", "Washington", "US", "98101"], ["Boston", "Massachusetts", "US", "02108"],
  ["Miami", "Florida", "US", "33101"], ["Chicago", "Illinois", "US", "60601"], ["Atlanta", "Georgia", "US", "30301"],
  ["Oslo", "Oslo", "NO", "0150"], ["Bergen", "Vestland", "NO", "5003"], ["Trondheim", "Trøndelag", "NO", "7010"],
  ["Tromsø", "Troms", "NO", "9008"], ["Stockholm", "Stockholm", "SE", "11120"], ["Göteborg", "Västra Götaland", "SE", "41101"],
  ["København", "Hovedstaden", "DK", "1050"], ["Toronto", "Ontario", "CA", "M5H"], ["Vancouver", "British Columbia", "CA", "V6B"],
  ["Manchester", "England", "GB", "M1"], ["Edinburgh", "Scotland", "GB", "EH1"], ["Melbourne", "Victoria", "AU", "3000"],
] as const;
export const STREETS = ["Main St", "Oak Avenue", "Storgata", "Harbor Rd", "Elm Street", "Kongens gate", "Park Lane", "Maple Drive", "Sjøgata", "High Street"] as const;
export const PARTNER_NAMES = ["Aud Distributor", "Nordic Imaging Supply", "MedTech Partners", "Sonoworld Resellers", "Pacific Health Distribution"] as const;
export const TAG_NAMES = ["vip", "enterprise", "pilot", "renewal-due", "multi-site", "reference"] as const;
export const SCANNER_MODELS = [["GE Healthcare", "Voluson E10"], ["Philips", "EPIQ 7"], ["Siemens", "ACUSON Sequoia"], ["Samsung", "HS70A"], ["Canon", "Aplio i800"]] as const;
