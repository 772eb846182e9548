import type { ErrorObject } from 'ajv';

/** The manifest validator, compiled ahead of time by `npm run schema` (Ajv standalone code). */
declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;
