/** A date and time of the accounts pages (token expiry, link validity) in the user's language. */
export function formatDateTime(language: string, iso: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
