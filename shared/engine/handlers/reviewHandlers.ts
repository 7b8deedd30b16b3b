// Commands that change the review's own record.
import { run } from '../../db/sqljs';
import type { UpdateReview } from '../commands';
import type { Handler } from './context';
import { reviewRow } from './rows';
import type { z } from 'zod';

export const updateReview: Handler<z.infer<typeof UpdateReview>> = ({ db }, command) => {
  const before = reviewRow(db);
  if (command.title !== undefined) run(db, 'UPDATE review SET title = ?', [command.title]);
  if (command.organisation !== undefined) run(db, 'UPDATE review SET organisation = ?', [command.organisation]);
  return { before, after: reviewRow(db) };
};
