import { TextField, type TextFieldProps } from "./text-field";

/** What makes an input a search box: no autofill, no capitals or spell check on names and numbers. */
export const searchInputProps = {
  type: "search",
  autoComplete: "off",
  autoCapitalize: "none",
  spellCheck: false,
  enterKeyHint: "search",
} as const;

/** A labelled search box; it filters as the person types, so there is nothing to submit. */
export function SearchField(props: Omit<TextFieldProps, keyof typeof searchInputProps>) {
  return <TextField {...searchInputProps} {...props} />;
}
