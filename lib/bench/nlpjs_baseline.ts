/**
 * nlp.js German sentiment (`@nlpjs/sentiment` + `@nlpjs/lang-de`), the
 * baseline the benchmark compares this library's speed against.
 *
 * @module
 */
import { Container } from "@nlpjs/core";
import { SentimentAnalyzer } from "@nlpjs/sentiment";
import { LangDe } from "@nlpjs/lang-de";

/** A German nlp.js sentiment analyser: text → score (sum of hits). */
export function nlpjsGerman(): (text: string) => Promise<number> {
  const container = new Container();
  container.use(LangDe);
  const analyzer = new SentimentAnalyzer({ container });
  return async (text: string) => {
    const r = await analyzer.process({ locale: "de", text });
    return r.sentiment.score as number;
  };
}
