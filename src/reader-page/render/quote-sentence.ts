/**
 * A quote as the article prints it: “words,” attribution. The words are stored without quotation
 * marks or the comma that joins them to the attribution; a question or exclamation keeps its mark.
 */
export const quoteSentence = (text: string, attribution: string | null, marks: [string, string] = ['“', '”']): string => {
  const [open, close] = marks;
  if (!attribution) return `${open}${text}${close}`;
  return /[.?!…]$/.test(text) ? `${open}${text}${close} ${attribution}` : `${open}${text},${close} ${attribution}`;
};
