/**
 * Open reports in Debian's Chromium through playwright-core and collect what
 * a reader's browser would do: console errors, requests, charts, pixels.
 */
import { type Browser, chromium, type Page } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

/** What happened while a page was open. */
export interface Visit {
  page: Page;
  /** Console messages of type error, and uncaught page errors. */
  errors: string[];
  /** Requests to anything but `file://` (all blocked). */
  offline: string[];
  /** Every request URL. */
  requests: string[];
  /** Dialogs (alert, confirm, prompt) that opened. */
  dialogs: string[];
}

/** Open `url` in a new page, blocking and recording requests off file://. */
export async function visit(browser: Browser, url: string): Promise<Visit> {
  const page = await browser.newPage({
    viewport: { width: 1100, height: 800 },
  });
  const v: Visit = { page, errors: [], offline: [], requests: [], dialogs: [] };
  page.on("console", (m) => {
    if (m.type() === "error") v.errors.push(m.text());
  });
  page.on("pageerror", (e) => v.errors.push(String(e)));
  page.on("dialog", async (d) => {
    v.dialogs.push(d.message());
    await d.dismiss();
  });
  await page.route("**/*", async (route) => {
    const u = route.request().url();
    v.requests.push(u);
    if (u.startsWith("file://")) await route.continue();
    else {
      v.offline.push(u);
      await route.abort();
    }
  });
  await page.goto(url, { waitUntil: "load" });
  return v;
}

/** The standard deviation of the screenshot's grey levels (0: blank). */
export async function pixelSpread(
  browser: Browser,
  png: Uint8Array,
): Promise<number> {
  const page = await browser.newPage();
  try {
    let b64 = "";
    for (let i = 0; i < png.length; i += 0x8000) {
      b64 += String.fromCharCode(...png.subarray(i, i + 0x8000));
    }
    // Runs in the page (no DOM types here, hence a string).
    return await page.evaluate(`(async () => {
      const img = new Image();
      img.src = "data:image/png;base64,${btoa(b64)}";
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext("2d");
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, img.width, img.height).data;
      let sum = 0, sq = 0;
      const n = px.length / 4;
      for (let i = 0; i < px.length; i += 4) {
        const g = (px[i] + px[i + 1] + px[i + 2]) / 3;
        sum += g;
        sq += g * g;
      }
      const mean = sum / n;
      return Math.sqrt(sq / n - mean * mean);
    })()`) as number;
  } finally {
    await page.close();
  }
}
