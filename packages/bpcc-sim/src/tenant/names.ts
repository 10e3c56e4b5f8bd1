import type { Random } from "./random.ts";

interface Origin {
  weight: number;
  first: readonly string[];
  last: readonly string[];
}

/**
 * Given and family names grouped by origin, weighted roughly as a North American contact
 * center's staff list. "Chen" is listed twice on purpose: demo mode tells people to type
 * `chen`, so a 500-user tenant must hold several.
 */
const ORIGINS: readonly Origin[] = [
  {
    weight: 30,
    first: ["James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "David", "Linda", "William", "Elizabeth", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Daniel", "Karen", "Matthew", "Nancy", "Anthony", "Lisa", "Mark", "Ashley", "Steven", "Emily", "Andrew", "Michelle", "Kevin", "Amanda", "Brian", "Melissa", "Eric", "Stephanie", "Ryan", "Rebecca", "Jacob", "Laura", "Nicholas", "Hannah", "Dale", "Edna", "Frank", "Wanda", "Kelli", "Tony", "Alan", "Diana", "Christy", "Sheila"],
    last: ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Turner", "Partee", "Borden", "Jenks", "Cobb", "Simmon", "Young"],
  },
  {
    weight: 14,
    first: ["José", "María", "Luis", "Carmen", "Carlos", "Lucía", "Javier", "Sofía", "Diego", "Valentina", "Alejandro", "Camila", "Mateo", "Isabel"],
    last: ["Garcia", "Martinez", "Rodriguez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres", "Navarro", "Flores", "Morales", "Ortiz", "Castillo"],
  },
  {
    weight: 9,
    first: ["Wei", "Mei", "Jun", "Li", "Xiaoming", "Yan", "Hao", "Ling", "Jian", "Ying", "Eric", "Grace", "Jason", "Vivian"],
    last: ["Chen", "Chen", "Wang", "Li", "Zhang", "Liu", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Lin", "Xu", "Sun", "Ma", "Yeh"],
  },
  {
    weight: 8,
    first: ["Arjun", "Priya", "Rahul", "Ananya", "Vikram", "Deepa", "Sanjay", "Kavya", "Ravi", "Meera"],
    last: ["Patel", "Sharma", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Das", "Mehta", "D'Souza"],
  },
  { weight: 4, first: ["Minh", "Linh", "Tuan", "Thao", "Quang", "Hoa"], last: ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vo", "Bui"] },
  { weight: 4, first: ["Jose", "Maricel", "Paolo", "Rosario", "Angelica"], last: ["Reyes", "Cruz", "Bautista", "Villanueva", "Santos"] },
  {
    weight: 5,
    first: ["Chinedu", "Ngozi", "Emeka", "Amara", "Kwame", "Abena", "Oluwaseun", "Folake", "Tendai", "Nia"],
    last: ["Okafor", "Adeyemi", "Mensah", "Okonkwo", "Nwosu", "Mwangi", "Abiodun", "Boateng"],
  },
  {
    weight: 5,
    first: ["Mohammed", "Fatima", "Omar", "Aisha", "Ahmed", "Layla", "Yusuf", "Noor", "Hassan", "Zainab"],
    last: ["Khan", "Ali", "Hussein", "Haddad", "Rahman", "Hassan", "Aziz"],
  },
  { weight: 3, first: ["João", "Ana", "Rafael", "Beatriz", "Thiago", "Larissa"], last: ["Silva", "Santos", "Oliveira", "Souza", "Costa", "Fernandes"] },
  { weight: 2, first: ["Hiroshi", "Yuki", "Kenji", "Aiko", "Takeshi", "Haruka"], last: ["Tanaka", "Suzuki", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi"] },
  { weight: 3, first: ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Daniel", "Grace"], last: ["Kim", "Lee", "Park", "Choi", "Jung"] },
  {
    weight: 4,
    first: ["Dmitri", "Olga", "Sergei", "Natalia", "Ivan", "Anastasia", "Piotr", "Agnieszka", "Tomasz", "Katarzyna"],
    last: ["Ivanov", "Petrova", "Smirnov", "Volkov", "Kowalski", "Nowak", "Wiśniewski", "Novak", "Horvat"],
  },
  { weight: 3, first: ["Lukas", "Anna", "Jonas", "Lena", "Felix", "Clara"], last: ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Van der Berg", "De Vries"] },
  { weight: 2, first: ["Pierre", "Chloé", "Louis", "Camille", "Hugo", "Léa"], last: ["Dubois", "Lefèvre", "Moreau", "Laurent"] },
  { weight: 2, first: ["Giulia", "Marco", "Francesca", "Luca"], last: ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi"] },
  { weight: 2, first: ["Søren", "Ingrid", "Lars", "Astrid", "Björn", "Sigrid"], last: ["Jensen", "Nielsen", "Hansen", "Johansson", "Lindqvist", "Andersson"] },
  { weight: 3, first: ["Sean", "Siobhan", "Liam", "Aoife", "Ciarán"], last: ["O'Brien", "Murphy", "Kelly", "O'Connor", "Byrne"] },
  { weight: 2, first: ["Nikos", "Eleni", "Mehmet", "Elif", "Can", "Zeynep"], last: ["Papadopoulos", "Georgiou", "Yılmaz", "Demir", "Kaya"] },
  { weight: 2, first: ["Rachel", "Noa", "Avi", "Tamar"], last: ["Cohen", "Levi", "Friedman"] },
];

const TOTAL_WEIGHT = ORIGINS.reduce((sum, origin) => sum + origin.weight, 0);

/** A first and last name, usually of one origin; about one in seven mixes two, as married names do. */
export function pickName(random: Random): { firstName: string; lastName: string } {
  const origin = pickOrigin(random);
  const lastOrigin = random.chance(0.15) ? pickOrigin(random) : origin;
  return { firstName: random.pick(origin.first), lastName: random.pick(lastOrigin.last) };
}

function pickOrigin(random: Random): Origin {
  let ticket = random.next() * TOTAL_WEIGHT;
  for (const origin of ORIGINS) {
    ticket -= origin.weight;
    if (ticket < 0) return origin;
  }
  return ORIGINS[0] ?? { weight: 1, first: ["Alex"], last: ["Smith"] };
}
