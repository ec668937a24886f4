import type list from '../src/settings/secrets.json';

export type SecretName = keyof (typeof list)['secrets'];
export declare const SECRET_NAMES: SecretName[];
export declare const PLACEHOLDER: string;
export declare const GENERATED_IN: string[];
export declare const generateSecrets: (options?: { forDevelopment?: boolean }) => Record<SecretName, string>;
