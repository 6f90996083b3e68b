/**
 * The GitHub Actions workflow shipped for researchers' own repositories
 * (.github/workflows/reports.yml): valid by @action-validator/cli (pinned in
 * tools/package.json, installed by scripts/setup.sh), and running exactly
 * the README's main command, as the README's GitLab snippet does.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = new URL("../..", import.meta.url).pathname;
const WORKFLOW = join(ROOT, ".github", "workflows", "reports.yml");
/** The validator set-up installs; ACTION_VALIDATOR overrides (another install). */
const VALIDATOR = Deno.env.get("ACTION_VALIDATOR") ??
  join(ROOT, "tools", "node_modules", ".bin", "action-validator");

async function validate(file: string) {
  assert.ok(
    existsSync(VALIDATOR),
    `${VALIDATOR} is missing: run bash scripts/setup.sh (it installs tools/package.json)`,
  );
  const out = await new Deno.Command(VALIDATOR, {
    args: [file],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const dec = new TextDecoder();
  return {
    code: out.code,
    output: dec.decode(out.stdout) + dec.decode(out.stderr),
  };
}

const readme = readFileSync(join(ROOT, "README.md"), "utf8");

/** The README's main command: the "main job" line of "Two commands". */
function mainCommand(): string {
  const section = readme.slice(readme.indexOf("## Two commands"));
  const line = section.split("\n").find((l) => /#\s*the main job/.test(l));
  assert.ok(line, "README: no '# the main job' line under Two commands");
  return line.replace(/#.*/, "").trim();
}

/** Single-line `run:` / `- ` script commands of a YAML text. */
function commands(yaml: string, key: RegExp): string[] {
  return yaml.split("\n").flatMap((l) => {
    const m = key.exec(l);
    return m ? [m[1].trim()] : [];
  });
}

Deno.test("reports.yml validates with @action-validator/cli, and a broken copy does not", async () => {
  const ok = await validate(WORKFLOW);
  assert.equal(ok.code, 0, ok.output);
  const broken = join(await Deno.makeTempDir(), "broken.yml");
  Deno.writeTextFileSync(
    broken,
    readFileSync(WORKFLOW, "utf8").replace(
      "runs-on: ubuntu-latest",
      "runs-onn: ubuntu-latest",
    ),
  );
  const bad = await validate(broken);
  assert.notEqual(bad.code, 0);
  assert.match(bad.output, /runs-onn/);
});

Deno.test("reports.yml runs exactly the README's main command, on push and on a schedule, and keeps outputs/", () => {
  const yaml = readFileSync(WORKFLOW, "utf8");
  const main = mainCommand();
  assert.equal(main, "bash scripts/main.sh");
  const runs = commands(yaml, /^\s+run:\s*(.+)$/);
  // The project's scripts run: the main command, once; the other step only
  // copies the finished reports for Pages.
  assert.deepEqual(runs.filter((r) => /scripts\//.test(r)), [main]);
  assert.ok(
    runs.filter((r) => r !== main).every((r) =>
      /^mkdir -p site && cp /.test(r)
    ),
    runs.join("\n"),
  );
  assert.match(yaml, /^\s+push:/m);
  assert.match(yaml, /^\s+schedule:\s*\n\s+- cron:/m);
  assert.match(yaml, /tools\/node_modules/);
  assert.match(yaml, /DENO_DIR: (\S+)[\s\S]*path: \|[\s\S]*\1/);
  assert.match(yaml, /actions\/upload-artifact@v4[\s\S]*path: outputs\//);
  assert.match(yaml, /actions\/deploy-pages@v4/);
});

Deno.test("the README's GitLab snippet runs the same command and keeps outputs/", () => {
  const section = readme.slice(readme.indexOf("## Reports in your own CI"));
  const snippet = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(snippet, "README: no yaml snippet under Reports in your own CI");
  const scripts = commands(snippet, /^\s+-\s+(bash .+)$/);
  assert.deepEqual(scripts, [mainCommand()]);
  assert.match(snippet, /paths: \[outputs\/\]/);
  assert.match(snippet, /CI_PIPELINE_SOURCE == "schedule"/);
});
