// npm packages that ship no type declarations. Deno types their imports as
// `any` without a word; tsc (building lib/ for Node.js) needs to be told.
declare module "@nlpjs/core";
declare module "@nlpjs/lang-de";
declare module "@nlpjs/sentiment";
