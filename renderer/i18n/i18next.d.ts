// Type-checked message keys: a key missing from the English catalogue is a compile error.
import 'i18next';
import type actions from './locales/en/actions.json';
import type app from './locales/en/app.json';
import type backups from './locales/en/backups.json';
import type common from './locales/en/common.json';
import type errors from './locales/en/errors.json';
import type exchange from './locales/en/exchange.json';
import type fieldwork from './locales/en/fieldwork.json';
import type help from './locales/en/help.json';
import type history from './locales/en/history.json';
import type inventory from './locales/en/inventory.json';
import type library from './locales/en/library.json';
import type portfolio from './locales/en/portfolio.json';
import type reports from './locales/en/reports.json';
import type review from './locales/en/review.json';
import type settings from './locales/en/settings.json';
import type welcome from './locales/en/welcome.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    returnNull: false;
    resources: {
      actions: typeof actions;
      app: typeof app;
      backups: typeof backups;
      common: typeof common;
      errors: typeof errors;
      exchange: typeof exchange;
      fieldwork: typeof fieldwork;
      help: typeof help;
      history: typeof history;
      inventory: typeof inventory;
      library: typeof library;
      portfolio: typeof portfolio;
      reports: typeof reports;
      review: typeof review;
      settings: typeof settings;
      welcome: typeof welcome;
    };
  }
}
