/** The contract's phone number: digits, spaces, + and -, 5 to 20 characters. */
export const PHONE = /^[0-9+\- ]{5,20}$/;
