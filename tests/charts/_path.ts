/** `file:` URL to a path (node:url's fileURLToPath). */
export { fileURLToPath as fromFileUrl } from "node:url";
