/**
 * The reference article (shared/seeds/000_06c5186a46d04526.txt), broken into the content model:
 * each direct quotation is a Quote by its speaker with the role the article gives; paraphrase
 * stays paragraph text; the "[...]" after a caption is the photo's credit.
 */

export interface DemoImage {
  key: string;
  caption: string;
  credit: string;
  alt: string;
  /** Drawn on the placeholder JPEG: the original photos are not available. */
  label: string;
}

export interface DemoPerson {
  key: string;
  name: string;
  currentTitle?: string;
  organization?: string;
}

export type DemoBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'subheading'; text: string }
  | { type: 'image'; image: string }
  | {
      type: 'quote';
      speaker: string;
      role: string;
      text: string;
      attribution: string | null;
      display?: 'inline' | 'pullquote';
      continuesParagraph?: boolean;
      saidOn?: string;
      saidWhere?: string;
    };

export const DEMO_SLUG = 'evidence-mounts-of-close-al-qaeda-taliban-relationship';

const SARAJ_ROLE = 'Afghan National Directorate of Security (NDS) chief';
const SARAJ_NEWS_CONFERENCE = { saidOn: '2021-04-27', saidWhere: 'News conference, Kabul' };
const MOHIB_CONFERENCE = { saidOn: '2021-04-16', saidWhere: 'Online conference hosted by India' };

export interface ReferenceArticle {
  slug: string;
  title: string;
  dateline: string;
  author: { name: string; slug: string; bio?: string; jobTitle?: string; links?: Array<{ label: string; url: string }> };
  tags: Array<{ name: string; slug: string; description?: string }>;
  /** The primary section, listed after its parents (World, then Asia under it). */
  sections: Array<{ name: string; slug: string; order: number }>;
  heroImage: string;
  images: DemoImage[];
  people: DemoPerson[];
  body: DemoBlock[];
}

export const referenceArticle: ReferenceArticle = {
  slug: DEMO_SLUG,
  title: 'Evidence mounts of close al-Qaeda–Taliban relationship',
  dateline: 'KABUL',
  author: {
    name: 'Sulaiman',
    slug: 'sulaiman',
    jobTitle: 'Correspondent, Kabul',
    links: [{ label: 'Profile', url: 'https://example.org/authors/sulaiman' }],
  },
  tags: [
    { name: 'Afghanistan', slug: 'afghanistan', description: 'News and analysis from Afghanistan.' },
    { name: 'Taliban', slug: 'taliban', description: 'The Taliban movement and its government in Kabul.' },
    { name: 'al-Qaeda', slug: 'al-qaeda', description: 'The militant network and its ties in the region.' },
  ],
  sections: [
    { name: 'World', slug: 'world', order: 0 },
    { name: 'Asia', slug: 'asia', order: 0 },
  ],
  heroImage: 'baradar-moscow',
  images: [
    {
      key: 'baradar-moscow',
      caption:
        'Taliban co-founder Mullah Abdul Ghani Baradar (centre) and other members of the Taliban delegation attend an international conference on Afghanistan over the peaceful solution to the Afghan conflict in Moscow on March 18.',
      credit: 'Alexander Zemlianichenko/AFP',
      alt: 'Mullah Abdul Ghani Baradar seated among members of the Taliban delegation at a conference table in Moscow.',
      label: 'Taliban delegation at the Moscow conference',
    },
    {
      key: 'taliban-exercise',
      caption: 'Taliban fighters participate in a military exercise in an undisclosed location in this photo published March 23.',
      credit: 'Taliban',
      alt: 'Armed Taliban fighters taking part in a military exercise outdoors.',
      label: 'Taliban fighters in a military exercise',
    },
    {
      key: 'us-perimeter',
      caption:
        'US service members secure the perimeter at an undisclosed location in Afghanistan in support of the Resolute Support Mission on March 17, 2020. The United States fulfilled its commitment to the Taliban by announcing its decision to withdraw from Afghanistan, but evidence suggests the Taliban have not kept their promises, especially when it comes to cutting ties with al-Qaeda.',
      credit: 'US Air Force',
      alt: 'US service members standing guard at the perimeter of a base in Afghanistan.',
      label: 'US service members secure a perimeter',
    },
  ],
  people: [
    {
      key: 'saraj',
      name: 'Ahmad Zia Saraj',
      currentTitle: 'Chief of the National Directorate of Security',
      organization: 'National Directorate of Security (NDS), Afghanistan',
    },
    {
      key: 'sediqi',
      name: 'Mohammad Asif Sediqi',
      currentTitle: 'Member of the Meshrano Jirga',
      organization: 'Meshrano Jirga, the upper chamber of the Afghan parliament',
    },
    {
      key: 'mohib',
      name: 'Hamdullah Mohib',
      currentTitle: 'Afghan National Security Adviser',
      organization: 'Government of Afghanistan',
    },
    { key: 'azimi', name: 'Zahir Azimi', currentTitle: 'Military affairs analyst' },
    { key: 'kazimi', name: 'Sayed Maisam Kazimi', currentTitle: 'Political analyst' },
  ],
  body: [
    {
      type: 'paragraph',
      text: 'Evidence is continuing to mount of a close relationship between the Taliban and al-Qaeda despite a Taliban pledge to cut ties with terrorist groups, say Afghan officials.',
    },
    {
      type: 'paragraph',
      text: 'Afghan authorities, the United Nations (UN) and the United States have accused the Taliban of violating the terms of the February 2020 Doha agreement, under which the Taliban pledged to cut ties with al-Qaeda and other terror groups.',
    },
    {
      type: 'paragraph',
      text: 'During a news conference last Tuesday (April 27), Afghan National Directorate of Security (NDS) chief Ahmad Zia Saraj said although the Taliban have signed an agreement with the United States to cut ties with al-Qaeda, the Afghan government sees no evidence that they have done so.',
    },
    {
      type: 'quote',
      speaker: 'saraj',
      role: SARAJ_ROLE,
      text: 'The Taliban have provided sanctuary to all terrorist groups in Afghanistan ... without Taliban support, no terrorist group can operate',
      attribution: 'he said.',
      ...SARAJ_NEWS_CONFERENCE,
    },
    { type: 'image', image: 'taliban-exercise' },
    { type: 'image', image: 'us-perimeter' },
    {
      type: 'quote',
      speaker: 'saraj',
      role: SARAJ_ROLE,
      text: 'We have sufficient evidence that shows the Taliban and al-Qaeda relationship is still robust',
      attribution: 'Saraj added, citing the recent deaths of several senior al-Qaeda members in military operations.',
      ...SARAJ_NEWS_CONFERENCE,
    },
    {
      type: 'quote',
      speaker: 'saraj',
      role: SARAJ_ROLE,
      text: 'It is crystal clear that the Taliban have not cut their ties with al-Qaeda either at the individual [commander level] or the local level',
      attribution: 'he said.',
      ...SARAJ_NEWS_CONFERENCE,
    },
    {
      type: 'quote',
      speaker: 'saraj',
      role: SARAJ_ROLE,
      text: "It looks like that the Taliban's relationship with al-Qaeda is based on fundamental policy grounds.",
      attribution: null,
      continuesParagraph: true,
      ...SARAJ_NEWS_CONFERENCE,
    },
    {
      type: 'quote',
      speaker: 'saraj',
      role: SARAJ_ROLE,
      text: 'Many al-Qaeda fighters who were killed or detained on the battleground have acknowledged that they have been receiving strong protection and support from the Taliban',
      attribution: 'he said.',
      ...SARAJ_NEWS_CONFERENCE,
    },
    {
      type: 'quote',
      speaker: 'saraj',
      role: SARAJ_ROLE,
      text: 'The al-Qaeda–Taliban relationship is not just an ideological issue; it goes beyond that -- they have built undivided family [marriage] relationships',
      attribution: 'he added.',
      ...SARAJ_NEWS_CONFERENCE,
    },
    {
      type: 'paragraph',
      text: 'Afghan national security forces and agencies, the UN and the United States have seen confirmation that the Taliban have not cut their ties with al-Qaeda, said Mohammad Asif Sediqi, a member of the Meshrano Jirga, the upper chamber of the Afghan parliament.',
    },
    {
      type: 'paragraph',
      text: 'Instead, he said, the Taliban have maintained and further strengthened their strategic relationship with al-Qaeda.',
    },
    {
      type: 'quote',
      speaker: 'sediqi',
      role: 'Member of the Meshrano Jirga, the upper chamber of the Afghan parliament',
      text: "The Taliban and al-Qaeda have common goals and interests ... and they use each other's technical, military, financial and intelligence capacities against their enemies",
      attribution: 'Sediqi said.',
    },
    {
      type: 'paragraph',
      text: 'The United States fulfilled its commitment to the Taliban by announcing its decision to withdraw from Afghanistan, but unfortunately the Taliban have not kept their promises, especially when it comes to cutting ties with al-Qaeda, according to Sediqi.',
    },
    {
      type: 'quote',
      speaker: 'sediqi',
      role: 'Member of the Meshrano Jirga, the upper chamber of the Afghan parliament',
      text: 'By deceiving the United States and the international community, the Taliban are waiting for foreign forces to leave in order to regain power in Afghanistan with al-Qaeda support.',
      attribution: null,
    },
    {
      type: 'paragraph',
      text: 'The Taliban and al-Qaeda have an ideological and blood relationship, said Gen. (ret.) Sikander Asghari, the former deputy director of the Afghan General Directorate of Local Police and a military affairs analyst in Kabul.',
    },
    {
      type: 'paragraph',
      text: 'The Taliban will never cut their ties with al-Qaeda and will instead strengthen them even further, he said.',
    },
    {
      type: 'paragraph',
      text: 'Al-Qaeda provides support to the Taliban in three main areas -- first in the financial sector, because al-Qaeda is a global group and has immense financial resources, and second in the military training sector, as al-Qaeda members have received training in different countries, according to Asghari.',
    },
    {
      type: 'paragraph',
      text: 'Third, al-Qaeda members have experience in planning large and complex attacks, such as the September 11, 2001, terrorist acts, and could train Taliban fighters to do so, he added.',
    },
    { type: 'subheading', text: 'Taliban dissension' },
    {
      type: 'paragraph',
      text: 'The latest warnings come as intelligence suggests that tensions within the Taliban have escalated.',
    },
    {
      type: 'paragraph',
      text: 'The Taliban are now divided into four factions, each vying for power, Afghan National Security Adviser Hamdullah Mohib said during an online conference hosted by India on April 16.',
    },
    {
      type: 'paragraph',
      text: "One faction is led by Mullah Abdul Ghani Baradar, co-founder of the Taliban in Afghanistan; another by Mullah Mohammad Yaqoob, the Taliban's military chief; one by Taliban chief Mullah Haibatullah Akhundzada; and another is the Haqqani Network, according to Mohib.",
    },
    {
      type: 'quote',
      speaker: 'mohib',
      role: 'Afghan National Security Adviser',
      text: 'In order to end the war in Afghanistan, we must reach an agreement not only with one faction but also with three other factions of the Taliban movement',
      attribution: 'Mohib said.',
      ...MOHIB_CONFERENCE,
    },
    {
      type: 'quote',
      speaker: 'mohib',
      role: 'Afghan National Security Adviser',
      text: 'There are some elements of the Taliban who are willing to join the peace talks. However, if we are planning to establish a comprehensive peace, we need to involve all sides',
      attribution: 'he added.',
      ...MOHIB_CONFERENCE,
    },
    { type: 'paragraph', text: 'NDS chief Saraj confirmed differences within the Taliban movement.' },
    {
      type: 'quote',
      speaker: 'saraj',
      role: 'NDS chief',
      text: 'There is much tension among Mullah Baradar and the other Taliban commanders',
      attribution: 'Saraj said.',
    },
    {
      type: 'quote',
      speaker: 'saraj',
      role: 'NDS chief',
      text: 'This tension is increasing every day.',
      attribution: null,
      continuesParagraph: true,
    },
    {
      type: 'quote',
      speaker: 'azimi',
      role: 'Military affairs analyst of Kabul, a retired military officer',
      text: 'In terms of ideology and goals, the Haqqani Network has differences with the moderate Taliban commanders. Each of these factions follows its own goals and interests',
      attribution: 'said military affairs analyst Zahir Azimi of Kabul, a retired military officer.',
    },
    {
      type: 'paragraph',
      text: 'The Taliban extremist faction is headed by the Haqqani Network, which wants to win the war by military means and to build a government based on its ideology, according to Azimi.',
    },
    {
      type: 'paragraph',
      text: 'However, the moderate Taliban factions understand the situation in Afghanistan and doubt that the war can be won militarily, he said. Therefore, they support the establishment of a broad national government.',
    },
    {
      type: 'quote',
      speaker: 'kazimi',
      role: 'Political analyst in Kabul',
      text: 'The Taliban are not united',
      attribution: 'said Sayed Maisam Kazimi, a political analyst in Kabul.',
    },
    {
      type: 'paragraph',
      text: 'Part of the Taliban, which is affiliated with Russia and Iran and receives funding and equipment from those countries, has a unified stand on peace and war; another part of the Taliban, which has the support of other countries in the region, has a different standpoint, he said.',
    },
    {
      type: 'quote',
      speaker: 'kazimi',
      role: 'Political analyst in Kabul',
      text: 'There are those within the Taliban who pursue only their ethnic and faction interests',
      attribution: 'Kazimi said.',
    },
  ],
};
