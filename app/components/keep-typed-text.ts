/**
 * Text typed into a form before the scripts have run must survive hydration.
 * React 18 sets a hydrated <textarea>'s value back to its default text
 * (ReactDOMTextarea's postMountWrapper) when that default is not empty, so a
 * reflection typed on a slow connection was replaced by the saved one.
 * The browser entry remembers what differs from the server's HTML and what
 * is typed while React hydrates; the root puts it back once hydrated.
 */
const typed = new Map<HTMLTextAreaElement | HTMLInputElement, string>();

const isTextField = (
  target: EventTarget | null,
): target is HTMLTextAreaElement | HTMLInputElement =>
  target instanceof HTMLTextAreaElement ||
  (target instanceof HTMLInputElement &&
    target.type !== "hidden" &&
    target.type !== "checkbox" &&
    target.type !== "radio");

function remember(event: Event) {
  if (isTextField(event.target)) typed.set(event.target, event.target.value);
}

/** Called by the browser entry before hydrating. */
export function rememberTypedText() {
  for (const field of document.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>(
    "textarea, input",
  )) {
    if (isTextField(field) && field.value !== field.defaultValue) typed.set(field, field.value);
  }
  document.addEventListener("input", remember, true);
}

/** Called once by the root after hydration: what was typed is what the fields hold. Marks the page hydrated (tests wait for it). */
export function restoreTypedText() {
  document.removeEventListener("input", remember, true);
  for (const [field, value] of typed)
    if (field.isConnected && field.value !== value) field.value = value;
  typed.clear();
  document.documentElement.dataset.hydrated = "true";
}
