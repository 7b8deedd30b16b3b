// Azerbaijani text of the desktop shell (see en.ts), Latin script, formal.
import type { MainText } from './en';

export const az: MainText = {
  menu: {
    file: '&Fayl',
    newReview: 'Yeni qiymətləndirmə…',
    openReview: 'Qiymətləndirməni aç…',
    saveAs: 'Fərqli saxla…',
    exportReport: 'Hesabatı ixrac et…',
    exit: 'Çı&xış',
    edit: '&Redaktə',
    undo: 'Geri al',
    redo: 'Təkrar et',
    find: 'Axtar…',
    view: '&Görünüş',
    help: '&Kömək',
    showLogs: 'Jurnalları göstər',
    licences: 'Daxil edilmiş komponentlərin lisenziyaları',
    about: '{{appName}} haqqında',
    cut: 'Kəs',
    copy: 'Kopyala',
    paste: 'Yapışdır',
    selectAll: 'Hamısını seç',
    actualSize: 'Həqiqi ölçü',
    zoomIn: 'Böyüt',
    zoomOut: 'Kiçilt',
    fullScreen: 'Tam ekran',
    window: '&Pəncərə',
  },
  about: {
    title: '{{appName}} haqqında',
    close: 'Bağla',
    showLicences: 'Lisenziyaları göstər',
    version: 'Versiya {{version}}',
    noNotice:
      'Daxil edilmiş komponentlərin siyahısı bu nüsxə ilə birlikdə yaradılmayıb (npm run build əmrini icra edin).',
    freeSoftware: '{{appName}} {{licence}} lisenziyası ilə yayılan azad proqram təminatıdır.',
    // Azerbaijani keeps the noun singular after a number.
    bundles: {
      one: 'Tərkibində {{count}} açıq mənbəli komponent var: {{summary}}.',
      other: 'Tərkibində {{count}} açıq mənbəli komponent var: {{summary}}.',
    },
    whereListed:
      'Kömək → Daxil edilmiş komponentlərin lisenziyaları bölməsində hər biri lisenziya mətni ilə birlikdə göstərilir.',
    runtimeLicences:
      'Electron və Chromium lisenziyaları: quraşdırma qovluğundakı LICENSE.electron.txt və LICENSES.chromium.html faylları.',
  },
  licences: {
    windowTitle: 'Daxil edilmiş komponentlərin lisenziyaları',
    missingTitle: 'Lisenziyalar',
    missingMessage:
      'Daxil edilmiş komponentlərin siyahısı {{appName}} proqramının bu nüsxəsi ilə birlikdə yaradılmayıb.',
    missingDetail: 'Onu yaratmaq üçün npm run build əmrini icra edin.',
  },
  files: {
    openReviewTitle: 'Qiymətləndirməni açın',
    newReviewTitle: 'Yeni qiymətləndirmə harada saxlanılsın?',
    saveAsTitle: 'Qiymətləndirməni fərqli adla saxlayın',
    restoredCopyTitle: 'Bərpa edilmiş nüsxə harada saxlanılsın?',
    exportTitle: 'İxrac',
    reviewFileFilter: 'Charter Review faylı',
    oneTypeFilter: '{{extension}} faylı',
    severalTypesFilter: '{{extensions}} faylları',
    allFilesFilter: 'Bütün fayllar',
  },
  startup: {
    failedTitle: '{{appName}} işə salına bilmədi',
  },
};
