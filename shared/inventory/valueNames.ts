// The words inventories use for stages, providers, kinds of data, legal areas, Appendix II groups and
// levels of automation, in English, French, Azerbaijani and Russian. Compared after normaliseLabel.
import type {
  AUTOMATION_LEVELS,
  DATA_KINDS,
  LEGAL_AREAS,
  PROVIDER_TYPES,
  SYSTEM_STAGES,
  USE_CATEGORIES,
} from '../model/system';

/** Per value, the words of each language, separated by "|". */
type Words = { en: string; fr: string; az: string; ru: string };

export const STAGE_WORDS: Record<(typeof SYSTEM_STAGES)[number], Words> = {
  idea: {
    en: 'idea | planned | planning | concept | proposal | proposed | project | design | under consideration',
    fr: 'idée | projet | en projet | envisagé | prévu | conception | étude',
    az: 'ideya | layihə | planlaşdırılır | plan',
    ru: 'идея | проект | планируется | в планах | концепция',
  },
  pilot: {
    en: 'pilot | piloting | trial | test | testing | experiment | experimental | proof of concept | poc | beta',
    fr: 'expérimentation | en expérimentation | pilote | phase pilote | test | en test | essai',
    az: 'pilot | pilot layihə | sınaq | sınaq mərhələsi | test',
    ru: 'пилот | пилотный | пилотный проект | тестирование | испытание | опытная эксплуатация',
  },
  production: {
    en: 'production | in production | live | in use | operational | deployed | in service | active',
    fr: 'en production | en service | opérationnel | déployé | en usage | actif',
    az: 'istismarda | istismar | istifadədə | aktiv | işlək',
    ru: 'эксплуатация | в эксплуатации | промышленная эксплуатация | используется | внедрено | действует',
  },
  retired: {
    en: 'retired | decommissioned | withdrawn | discontinued | stopped | abandoned | ended',
    fr: 'retiré | abandonné | arrêté | désactivé | fin de vie | hors service',
    az: 'istifadədən çıxarılıb | dayandırılıb | ləğv edilib',
    ru: 'выведен из эксплуатации | выведена из эксплуатации | снят с эксплуатации | прекращено | отменено',
  },
};

export const PROVIDER_WORDS: Record<(typeof PROVIDER_TYPES)[number], Words> = {
  in_house: {
    en: 'in-house | inhouse | internal | own | own development | developed internally | court it | ministry it',
    fr: 'interne | en interne | développement interne | régie | en régie',
    az: 'daxili | daxili inkişaf | öz gücümüzlə',
    ru: 'собственная разработка | собственный | внутренний | своими силами',
  },
  vendor: {
    en: 'vendor | supplier | external | third party | commercial | contractor | outsourced',
    fr: 'éditeur | fournisseur | externe | prestataire | sous-traitant',
    az: 'təchizatçı | xarici | podratçı',
    ru: 'поставщик | внешний | подрядчик | сторонний',
  },
};

/** Words that may precede a vendor's name without punctuation: "Supplier SpeechCo", "Éditeur LinguaJuris". */
export const VENDOR_PREFIX_WORDS: Words = {
  en: 'vendor | supplier | provider',
  fr: 'éditeur | fournisseur | prestataire',
  az: 'təchizatçı | provayder',
  ru: 'поставщик | разработчик',
};

/** "Yes" in a personal-data column: personal data, with no more detail. */
export const YES_WORDS: Words = {
  en: 'yes | y | true | x | 1 | personal | personal data',
  fr: 'oui | vrai | données personnelles | personnelles',
  az: 'bəli | hə | var | şəxsi məlumatlar | fərdi məlumatlar',
  ru: 'да | есть | персональные данные | персональные',
};

/** "No" in a data or legal-area column: stated that there is none (not the same as not stated). */
export const NO_WORDS: Words = {
  en: 'no | n | false | 0 | none | no personal data',
  fr: 'non | faux | aucune | aucun | pas de données personnelles',
  az: 'xeyr | yox | heç biri | yoxdur',
  ru: 'нет | отсутствуют | не обрабатываются',
};

export const DATA_KIND_WORDS: Record<Exclude<(typeof DATA_KINDS)[number], 'personal'>, Words> = {
  special_categories: {
    en: 'special categories | special category | special category data | sensitive | sensitive data | health | health data | article 9',
    fr: 'catégories particulières | données sensibles | sensibles | santé | données de santé',
    az: 'xüsusi kateqoriyalar | həssas | həssas məlumatlar | sağlamlıq',
    ru: 'специальные категории | чувствительные | чувствительные данные | здоровье',
  },
  criminal: {
    en: 'criminal | criminal data | criminal records | criminal offences | convictions',
    fr: 'pénal | pénales | données pénales | infractions | condamnations | casier judiciaire',
    az: 'cinayət | cinayət məlumatları | məhkumluq',
    ru: 'уголовные | уголовные данные | судимость | судимости',
  },
  biometric: {
    en: 'biometric | biometrics | biometric data',
    fr: 'biométrique | biométriques | données biométriques',
    az: 'biometrik | biometrik məlumatlar',
    ru: 'биометрические | биометрия | биометрические данные',
  },
};

export const LEGAL_AREA_WORDS: Record<(typeof LEGAL_AREAS)[number], Words> = {
  civil: {
    en: 'civil | civil law | civil cases | civil matters',
    fr: 'civil | civile | matière civile',
    az: 'mülki | mülki işlər',
    ru: 'гражданские | гражданское | гражданские дела',
  },
  criminal: {
    en: 'criminal | criminal law | criminal cases | penal',
    fr: 'pénal | pénale | matière pénale',
    az: 'cinayət | cinayət işləri',
    ru: 'уголовные | уголовное | уголовные дела',
  },
  administrative: {
    en: 'administrative | administrative law | administrative cases',
    fr: 'administratif | administrative | matière administrative',
    az: 'inzibati | inzibati işlər',
    ru: 'административные | административное | административные дела',
  },
  commercial: {
    en: 'commercial | economic | business | commercial cases',
    fr: 'commercial | commerciale | économique | matière commerciale',
    az: 'iqtisadi | kommersiya | iqtisadi işlər',
    ru: 'экономические | коммерческие | арбитражные',
  },
  family: {
    en: 'family | family law | family cases',
    fr: 'famille | familial | affaires familiales',
    az: 'ailə | ailə işləri',
    ru: 'семейные | семейное | семейные дела',
  },
  other: { en: 'other', fr: 'autre | autres', az: 'digər', ru: 'другое | прочее | прочие' },
};

export const USE_CATEGORY_WORDS: Record<(typeof USE_CATEGORIES)[number], Words> = {
  encouraged: {
    en: 'encouraged | to be encouraged | uses to be encouraged',
    fr: 'à encourager | encouragé | encouragée | utilisations à encourager',
    az: 'təşviq edilən | təşviq olunan',
    ru: 'поощряемые | поощряемое',
  },
  precautions: {
    en: 'precautions | methodological precautions | requiring considerable methodological precautions',
    fr: 'précautions | précautions méthodologiques',
    az: 'ehtiyat tədbirləri | metodoloji ehtiyat tədbirləri',
    ru: 'меры предосторожности | методологические меры предосторожности',
  },
  further_study: {
    en: 'further study | further studies | additional scientific studies',
    fr: 'études complémentaires | à étudier',
    az: 'əlavə tədqiqat | əlavə elmi tədqiqat',
    ru: 'дополнительное изучение | дополнительные исследования',
  },
  extreme_reservations: {
    en: 'extreme reservations | most extreme reservations | with the most extreme reservations',
    fr: 'réserves extrêmes | les plus extrêmes réserves',
    az: 'ciddi ehtiyatla | ən ciddi ehtiyatla',
    ru: 'крайняя осторожность | с особой осторожностью',
  },
};

export const AUTOMATION_WORDS: Record<(typeof AUTOMATION_LEVELS)[number], Words> = {
  information: {
    en: 'information | informative | information only | for information',
    fr: 'informatif | information | à titre d’information',
    az: 'məlumat | məlumat xarakterli',
    ru: 'информационный | информирование | информация',
  },
  support: {
    en: 'support | decision support | assists | assistance',
    fr: 'aide | aide à la décision | assistance',
    az: 'dəstək | qərar dəstəyi',
    ru: 'поддержка | поддержка принятия решений',
  },
  decision: {
    en: 'decision | decides | automated decision | automatic',
    fr: 'décision | décision automatisée | automatique',
    az: 'qərar | avtomatik qərar',
    ru: 'решение | автоматическое решение',
  },
};

/** "Unknown", "n/a", "?": the same as an empty cell, nothing is stated. */
export const NOT_KNOWN_WORDS: Words = {
  en: 'unknown | not known | n/a | na | tbd | to be determined | not stated',
  fr: 'inconnu | non renseigné | à déterminer | nc | nd',
  az: 'naməlum | müəyyən edilməyib',
  ru: 'неизвестно | не указано | н/д',
};

/** Every word of a Words entry, split. */
export function wordsOf(words: Words): string[] {
  return Object.values(words).flatMap((list) => list.split('|'));
}
