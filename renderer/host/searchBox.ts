// The search box of the screen being shown, if it has one: what Find (the menu item or Ctrl+F) moves to.

/** The first visible search field; hidden screens keep theirs in the DOM, so visibility decides. */
export function visibleSearchBox(root: ParentNode = document): HTMLInputElement | null {
  for (const field of root.querySelectorAll<HTMLInputElement>('input[type="search"], [role="search"] input')) {
    if (!field.disabled && field.getClientRects().length > 0) return field;
  }
  return null;
}
