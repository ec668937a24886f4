/**
 * The one web-address rule for addresses an editor types and readers follow (an author's links):
 * absolute http or https with a host, nothing else. `javascript:`, `data:` or a relative path
 * would run or resolve on the reader's page, so they never reach it.
 */
export const MAX_URL_LENGTH = 500;

/** Whether a value (already trimmed) is an http(s) address we accept. */
export const isHttpUrl = (value: string): boolean => {
  if (value.length > MAX_URL_LENGTH || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
};
