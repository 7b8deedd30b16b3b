// The screens of an open review, in the order of the navigation bar. A feature adds its screen here.
import type { ComponentType } from 'react';
import { ActionsScreen } from '../features/actions/ActionsScreen';
import { BackupsScreen } from '../features/backups/BackupsScreen';
import { FieldworkScreen } from '../features/fieldwork/FieldworkScreen';
import { HistoryScreen } from '../features/history/HistoryScreen';
import { InventoryScreen } from '../features/inventory/InventoryScreen';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { PortfolioScreen } from '../features/portfolio/PortfolioScreen';
import { ReviewScreen } from '../features/review/ReviewScreen';

export type ReviewViewId =
  'inventory' | 'checklists' | 'portfolio' | 'actions' | 'history' | 'fieldwork' | 'library' | 'backups';

export interface ReviewView {
  /** Also the key of the screen's name in the `app` catalogue: `app:views.<id>`. */
  id: ReviewViewId;
  component: ComponentType;
}

export const REVIEW_VIEWS: readonly ReviewView[] = [
  { id: 'inventory', component: InventoryScreen },
  { id: 'checklists', component: ReviewScreen },
  { id: 'portfolio', component: PortfolioScreen },
  { id: 'actions', component: ActionsScreen },
  { id: 'history', component: HistoryScreen },
  { id: 'fieldwork', component: FieldworkScreen },
  { id: 'library', component: LibraryScreen },
  { id: 'backups', component: BackupsScreen },
];
