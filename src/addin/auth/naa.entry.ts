/** Entry of dist/addin/naa.js: hands the MSAL-based provider to the pane (see token-provider.ts). */
import { nestedAppTokenProvider } from './nested-app-auth';

(window as unknown as { ismsDeskNaa: unknown }).ismsDeskNaa = { nestedAppTokenProvider };
