/** One control of a form: its label, where the contract's body puts it (a JSON pointer), its rules. */
export interface Field {
  readonly name: string;
  readonly label: string;
  /** Where the value goes in the request body; the server's 422 `errors[].pointer` is matched against it. */
  readonly pointer: string;
  readonly type?: 'text' | 'email' | 'tel' | 'textarea' | 'select' | 'checkbox' | 'radio';
  /** For a select or radio group: the contract's terms with their labels. */
  readonly options?: readonly (readonly [string, string])[];
  readonly required?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: RegExp;
}

export type Values = Record<string, string>;
/** A message per field name that failed, each naming its field. */
export type FieldErrors = Record<string, string>;
