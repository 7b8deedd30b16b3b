// The `<file>` argument shared by every command that reads an existing review.
import { z } from 'zod';

export function reviewFileArgument(command: string) {
  return z
    .string({
      error: `${command} needs the path of a review file, e.g. charter-review ${command} "Supreme Court 2026.charter".`,
    })
    .min(1, `The path of the review file is empty.`);
}
