// Names for the generated org's people, customers and candidates (many non-ASCII), and the ASCII
// mailbox form their e-mail addresses use.
import type { Random } from '../random.js';

/** A comma-separated list, so the lists stay compact in source. */
function nameList(text: string): readonly string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

const FIRST_NAMES = nameList(`
  James, Mary, Olivia, Liam, Emma, Noah, Ava, Lucas, Sophia, Mateo, Isabella, Ethan, Mia,
  Amelia, Harper, Elijah, Aria, Benjamin, Chloé, Zoë, José, María, Sofía, Lucía, Martín,
  Andrés, Inés, Raúl, Ramón, Jürgen, Björn, Åsa, Søren, Mette, Ingrid, Håkon, Łukasz,
  Małgorzata, Zofia, Krzysztof, François, Hélène, Amélie, Renée, Noémie, Léa, Céline, Jérôme,
  Joël, Gaël, Siobhán, Seán, Aoife, Niamh, Ciarán, Priya, Arjun, Ananya, Rohan, Divya, Vikram,
  Aditi, Kavya, Rahul, Sanjay, Wei, Mei, Hiroshi, Yuki, Haruto, Sakura, Min-jun, Ji-woo,
  Seo-yeon, Thảo, Minh, Olumide, Chiamaka, Oluwaseun, Amara, Kwame, Ngozi, Fatima, Omar, Layla,
  Yusuf, Aisha, Mehmet, Ayşe, Emre, Zeynep, Dmitri, Anastasia, Katarína, Tomáš, Jiří, Dorota,
  Giulia, Luca, Matteo, Chiara, Francesca, Sebastián, Camila, Valentina, Daniel, Sarah, David,
  Laura, Michael, Jessica, Chris, Emily, Alex, Jordan, Taylor, Morgan, Sam, Ryan, Nina, Grace,
  Henry, Jack, Lily, Oscar, Ruby, Ella, Leo, Max, Hannah, Sophie, Tom, Anna, Erik, Astrid
`);

const LAST_NAMES = nameList(`
  Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez, Martinez,
  Hernández, López, González, Wilson, Anderson, Thomas, Taylor, Moore, Jackson, Martin, Lee,
  Pérez, Thompson, White, Harris, Sánchez, Clark, Ramírez, Lewis, Robinson, Walker, Young,
  Allen, King, Wright, Scott, Torres, Nguyễn, Hill, Flores, Green, Adams, Nelson, Baker, Hall,
  Rivera, Campbell, Mitchell, Carter, Roberts, Núñez, Åberg, Müller, Schröder, Weiß, Groß,
  Köhler, Østergaard, Sørensen, Lindqvist, Bjørnstad, Kowalski, Wiśniewski, Dvořák, Novák,
  Horváth, Nagy, Çelik, Yılmaz, Öztürk, Gonçalves, Conceição, Patel, Sharma, Iyer, Reddy,
  Gupta, Kapoor, Tanaka, Suzuki, Watanabe, Kim, Park, Chen, Wang, Zhang, Liu, O'Brien,
  O'Connor, Murphy, Kelly, Byrne, Dubois, Lefèvre, Moreau, Girard, Mercier, Rossi, Russo,
  Bianchi, Ferrari, Esposito, Okafor, Adeyemi, Mensah, Nwosu, Haddad, Khalil, Ivanova, Petrov,
  van der Berg, de Vries, Jansen, Fernández, Castillo, Silva, Santos, Oliveira, MacLeod,
  Fitzgerald, Abernathy, Vasquez, Ortega
`);

const SPECIAL_LETTERS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  œ: 'oe',
  þ: 'th',
};

/** The ASCII mailbox form of a name: "José Núñez" → "jose", "O'Brien" → "obrien". */
export function mailboxPart(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæßłđıœþ]/g, (letter) => SPECIAL_LETTERS[letter] ?? '')
    .replace(/[^a-z0-9-]/g, '');
}

/** A random full name from the shared lists (also used for customers' and candidates' names). */
export function randomName(random: Random): { first: string; last: string } {
  return { first: random.pick(FIRST_NAMES), last: random.pick(LAST_NAMES) };
}
