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

export interface ReviewView {
  id: string;
  label: string;
  component: ComponentType;
}

export const REVIEW_VIEWS: readonly ReviewView[] = [
  { id: 'inventory', label: 'Inventory', component: InventoryScreen },
  { id: 'checklists', label: 'Checklists', component: ReviewScreen },
  { id: 'portfolio', label: 'Portfolio', component: PortfolioScreen },
  { id: 'actions', label: 'Actions', component: ActionsScreen },
  { id: 'history', label: 'History', component: HistoryScreen },
  { id: 'fieldwork', label: 'Field work', component: FieldworkScreen },
  { id: 'library', label: 'Checklist library', component: LibraryScreen },
  { id: 'backups', label: 'Backups', component: BackupsScreen },
];
