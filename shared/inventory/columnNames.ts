// Column headings courts actually use, in English, French, Azerbaijani and Russian, for each attribute.
// Compared after normaliseLabel, so case, accents and punctuation do not matter here.
import type { ImportTarget } from './InventoryMapping';
import { normaliseLabel } from './normaliseLabel';

/** Per attribute, the headings in each language, separated by "|". */
const COLUMN_NAMES: Record<ImportTarget, { en: string; fr: string; az: string; ru: string }> = {
  name: {
    en: 'System name | Name of the system | AI system | System | Name | Tool | Application | Solution',
    fr: "Nom du système | Nom | Système | Système d'IA | Outil | Application | Solution",
    az: 'Sistemin adı | Sistem adı | Sistem | Adı | Ad | Tətbiq',
    ru: 'Название системы | Наименование системы | Название | Наименование | Система | Система ИИ',
  },
  organisation: {
    en: 'Court / Body | Court | Body | Organisation | Institution | Entity | Court or body',
    fr: 'Juridiction | Tribunal | Cour | Organisme | Institution | Entité | Service',
    az: 'Məhkəmə | Qurum | Təşkilat | Müəssisə | Orqan',
    ru: 'Суд | Организация | Орган | Учреждение',
  },
  country: { en: 'Country | State', fr: 'Pays', az: 'Ölkə | Dövlət', ru: 'Страна | Государство' },
  purpose: {
    en: 'Purpose | Description | Use | What it does | Function | Objective',
    fr: 'Finalité | Objet | Description | Usage | Fonction | Objectif',
    az: 'Məqsəd | Təyinat | Təsvir | Funksiya',
    ru: 'Назначение | Цель | Описание | Функция',
  },
  stage: {
    en: 'Status | Stage | Phase | Lifecycle stage',
    fr: 'Statut | Étape | Stade | Phase',
    az: 'Mərhələ | Status | Vəziyyət',
    ru: 'Статус | Стадия | Этап | Состояние',
  },
  provider: {
    en: 'Supplier | Provider | Vendor | Developer | Developed by | Built by',
    fr: 'Fournisseur | Éditeur | Prestataire | Développeur | Développé par',
    az: 'Təchizatçı | Provayder | Tərtibatçı | Hazırlayan',
    ru: 'Поставщик | Разработчик | Провайдер',
  },
  providerType: {
    en: 'Provider type | Supplier type | In-house or vendor | Sourcing',
    fr: 'Type de fournisseur | Interne ou externe',
    az: 'Təchizatçı növü',
    ru: 'Тип поставщика',
  },
  providerName: {
    en: 'Provider name | Supplier name | Vendor name | Company',
    fr: "Nom du fournisseur | Nom de l'éditeur | Société",
    az: 'Təchizatçının adı | Şirkət',
    ru: 'Название поставщика | Компания',
  },
  useCategory: {
    en: 'Use category | Appendix II category | Category of use | Charter category',
    fr: "Catégorie d'usage | Catégorie d'utilisation | Catégorie annexe II",
    az: 'İstifadə kateqoriyası',
    ru: 'Категория использования',
  },
  automation: {
    en: 'Automation | Level of automation | Automation level | Role in decision',
    fr: "Niveau d'automatisation | Automatisation",
    az: 'Avtomatlaşdırma səviyyəsi | Avtomatlaşdırma',
    ru: 'Уровень автоматизации | Автоматизация',
  },
  dataProcessed: {
    en: 'Personal data? | Personal data | Data processed | Data | Personal data processed | Sensitive data',
    fr: 'Données personnelles | Données traitées | Données',
    az: 'Şəxsi məlumatlar | Fərdi məlumatlar | Emal olunan məlumatlar | Məlumatlar',
    ru: 'Персональные данные | Обрабатываемые данные | Данные',
  },
  legalAreas: {
    en: 'Legal areas | Legal area | Area of law | Areas of law | Matters',
    fr: 'Domaine | Domaines | Matière | Matières | Domaine du droit',
    az: 'Hüquq sahəsi | Hüquq sahələri | İş növü',
    ru: 'Отрасль права | Отрасли права | Категория дел',
  },
  users: {
    en: 'Users | User | Intended users | Used by | User groups',
    fr: 'Utilisateurs | Utilisateur | Utilisé par',
    az: 'İstifadəçilər | İstifadəçi',
    ru: 'Пользователи | Пользователь',
  },
  hosting: {
    en: 'Hosting | Hosted | Hosted where | Deployment | Infrastructure',
    fr: 'Hébergement | Hébergé',
    az: 'Hostinq | Yerləşdirmə | Yerləşmə',
    ru: 'Хостинг | Размещение | Инфраструктура',
  },
  contact: {
    en: 'Contact | Contact person | Contact email | Email | E-mail | Responsible | Person responsible',
    fr: 'Personne de contact | Courriel | Responsable | Référent',
    az: 'Əlaqə | Əlaqə şəxsi | Məsul şəxs | E-poçt',
    ru: 'Контакт | Контактное лицо | Ответственный | Электронная почта',
  },
  goLive: {
    en: 'Go-live | Go-live date | In use since | In service since | Launch | Launch date | Deployed',
    fr: 'Mise en service | Date de mise en service | En service depuis | Date de lancement',
    az: 'İstismara verilmə | İstismara verilmə tarixi | İstifadəyə verilmə tarixi | Başlama tarixi',
    ru: 'Ввод в эксплуатацию | Дата ввода в эксплуатацию | Дата запуска | Запуск',
  },
  notes: {
    en: 'Notes | Note | Remarks | Comments | Comment',
    fr: 'Remarques | Remarque | Commentaires | Commentaire | Observations',
    az: 'Qeydlər | Qeyd | Şərhlər | İzahlar',
    ru: 'Примечания | Примечание | Комментарии | Комментарий | Заметки',
  },
};

/**
 * Our own exports' keys that the review manages itself: recognised so that re-importing an export
 * does not turn them into custom fields.
 */
const MANAGED_KEYS = [
  'id',
  'createdAt',
  'updatedAt',
  'useCategoryReason',
  'useCategorySource',
  'applicableItems',
  'counts',
];

const BY_LABEL: ReadonlyMap<string, ImportTarget | 'ignore'> = (() => {
  const map = new Map<string, ImportTarget | 'ignore'>();
  for (const key of MANAGED_KEYS) map.set(normaliseLabel(key), 'ignore');
  for (const [target, languages] of Object.entries(COLUMN_NAMES) as [ImportTarget, Record<string, string>][]) {
    const names = Object.values(languages).flatMap((list) => list.split('|'));
    // The attribute's own key first: our exports use it as the header.
    for (const name of [target, ...names]) {
      const label = normaliseLabel(name);
      // The first attribute listed keeps a heading two lists share ("Status" for stage, not for another).
      if (!map.has(label)) map.set(label, target);
    }
  }
  return map;
})();

/** The attribute a header names, `ignore` for keys the review manages itself, undefined when not recognised. */
export function recogniseColumn(header: string): ImportTarget | 'ignore' | undefined {
  return BY_LABEL.get(normaliseLabel(header));
}
