// A real Slurm: a single-node cluster (munged, slurmctld, slurmd) started in
// a temporary folder by scripts/slurm/local_cluster.sh runs the job array of
// scripts/slurm/analyze.sbatch and the dependent merge job, exactly as a
// researcher submits them on a cluster. Where Slurm cannot start (no root,
// no apt), the test says why in one line and is ignored, never passed.
import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { scaleCorpus } from "../../lib/bench/scale_corpus.ts";
import { cli, filesOf, ROOT } from "./_runs.ts";

const CLUSTER = join(ROOT, "scripts/slurm/local_cluster.sh");
const dir = Deno.makeTempDirSync({ prefix: "framing-slurm-" });
// The munge user (munged) and the jobs must be able to enter it.
Deno.chmodSync(dir, 0o755);

function cluster(cmd: "start" | "stop"): { ok: boolean; why: string } {
  try {
    const r = new Deno.Command("bash", {
      args: [CLUSTER, cmd, join(dir, "cluster")],
      stdout: "piped",
      stderr: "piped",
    }).outputSync();
    const err = new TextDecoder().decode(r.stderr).trim().split("\n");
    return { ok: r.code === 0, why: err[err.length - 1] };
  } catch (e) {
    return { ok: false, why: `cannot start Slurm: ${(e as Error).message}` };
  }
}

const started = cluster("start");
if (!started.ok) {
  console.log(`Slurm integration test skipped: ${started.why}`);
  rmSync(dir, { recursive: true, force: true });
} else {
  // Also when this file's test is filtered out: never leave daemons behind.
  globalThis.addEventListener("unload", () => cluster("stop"));
}
const env = { SLURM_CONF: join(dir, "cluster", "slurm.conf") };

async function slurm(cmd: string, args: string[]): Promise<string> {
  const r = await new Deno.Command(cmd, { args, env, cwd: ROOT }).output();
  const out = new TextDecoder().decode(r.stdout).trim();
  if (r.code !== 0) {
    throw new Error(
      `${cmd} ${args.join(" ")} failed: ${new TextDecoder().decode(r.stderr)}`,
    );
  }
  return out;
}

/** Wait until the jobs left the queue; then each task's state and exit. */
async function finished(ids: string[], seconds: number): Promise<string[]> {
  const deadline = Date.now() + seconds * 1000;
  while ((await slurm("squeue", ["-h", "-j", ids.join(",")])) !== "") {
    if (Date.now() > deadline) {
      await slurm("scancel", ids);
      throw new Error(`Slurm jobs ${ids} still queued after ${seconds} s`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const lines: string[] = [];
  for (const id of ids) {
    for (
      const l of (await slurm("scontrol", ["-o", "show", "job", id])).split(
        "\n",
      )
    ) {
      const f = (k: string) => new RegExp(`\\b${k}=(\\S+)`).exec(l)?.[1];
      lines.push(
        `${f("JobName")} ${f("ArrayTaskId") ?? "-"} ${f("JobState")} ${
          f("ExitCode")
        }`,
      );
    }
  }
  return lines.sort();
}

function jobLogs(): string {
  const logs = join(dir, "cluster", "log");
  return readdirSync(logs).filter((f) => f.endsWith(".out")).map((f) =>
    `--- ${f}\n${readFileSync(join(logs, f), "utf8")}`
  ).join("\n");
}

Deno.test({
  name:
    "a Slurm job array of 4 shards plus the dependent merge job gives the single run's tables byte for byte",
  ignore: !started.ok,
  fn: async () => {
    try {
      const corpus = join(dir, "corpus");
      scaleCorpus(join(ROOT, "corpus"), corpus, 4);
      await cli("analyze.ts", [corpus, join(dir, "single"), "--quiet"]);
      const out = join(dir, "sharded");
      const log = join(dir, "cluster", "log");
      const array = await slurm("sbatch", [
        "--parsable",
        "--array=0-3",
        `--output=${log}/%x-%A_%a.out`,
        "scripts/slurm/analyze.sbatch",
        corpus,
        out,
      ]);
      const merge = await slurm("sbatch", [
        "--parsable",
        `--dependency=afterok:${array}`,
        `--output=${log}/%x-%j.out`,
        "scripts/slurm/merge.sbatch",
        out,
      ]);
      const states = await finished([array, merge], 300);
      assert.deepEqual(
        states,
        [
          "framing-analyze 0 COMPLETED 0:0",
          "framing-analyze 1 COMPLETED 0:0",
          "framing-analyze 2 COMPLETED 0:0",
          "framing-analyze 3 COMPLETED 0:0",
          "framing-merge - COMPLETED 0:0",
        ],
        jobLogs(),
      );
      assert.deepEqual(
        readdirSync(join(out, "shards")).sort(),
        ["0", "1", "2", "3"],
      );
      const single = filesOf(join(dir, "single", "tables"));
      const merged = filesOf(join(out, "tables"));
      assert.deepEqual([...merged.keys()], [...single.keys()]);
      for (const [name, bytes] of single) {
        assert.ok(
          Buffer.compare(merged.get(name)!, bytes) === 0,
          `${name} differs`,
        );
      }
    } finally {
      const stopped = cluster("stop");
      assert.ok(stopped.ok, stopped.why);
      rmSync(dir, { recursive: true, force: true });
    }
  },
});
