// A heading whose level follows where the library is shown: under the review's title bar it starts one level lower.
import { type HTMLAttributes, createElement } from 'react';

export function Heading({ level, ...props }: { level: number } & HTMLAttributes<HTMLHeadingElement>) {
  return createElement(`h${Math.min(Math.max(level, 1), 6)}`, props);
}
