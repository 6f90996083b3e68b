#!/usr/bin/env bash
# A throw-away single-node Slurm cluster in a folder, for tests:
#
#   scripts/slurm/local_cluster.sh start DIR   # prints SLURM_CONF=DIR/slurm.conf
#   scripts/slurm/local_cluster.sh stop DIR    # stops what start started
#
# start installs slurm-wlm and munge if needed (scripts/slurm/install.sh),
# then runs munged (as the munge user, on a socket in DIR), slurmctld and
# slurmd with state, spool, logs, pid files and free TCP ports of their own,
# so nothing outside DIR is touched and nothing else listening is disturbed.
# No systemd and no cgroups are needed. stop kills exactly the pids in DIR's
# pid files. start exits 3, with one line saying why, when Slurm cannot run
# here (no root, no packages); it stops what it had started.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cmd=${1:?usage: local_cluster.sh start|stop DIR}
dir=${2:?usage: local_cluster.sh start|stop DIR}

stop() {
  for name in slurmd slurmctld munged; do
    f="$dir/run/$name.pid"
    [ -s "$f" ] || continue
    pid=$(cat "$f")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$f"
  done
}

cannot() {
  echo "cannot start Slurm: $*" >&2
  stop
  exit 3
}

if [ "$cmd" = stop ]; then stop; exit 0; fi
[ "$cmd" = start ] || { echo "usage: local_cluster.sh start|stop DIR" >&2; exit 2; }

[ "$(id -u)" -eq 0 ] || cannot "the daemons need root (run as root, or skip this test)"
bash "$ROOT/scripts/slurm/install.sh" >/dev/null 2>&1 ||
  cannot "installing slurm-wlm and munge from apt failed (scripts/slurm/install.sh)"
id munge >/dev/null 2>&1 || cannot "there is no munge user (reinstall the munge package)"

mkdir -p "$dir"/{run,state,spool,log}
dir=$(cd "$dir" && pwd)
chmod 755 "$dir"
# munged insists that its socket folder belongs to it, is writable by no
# one else and can be entered by everyone (the clients).
install -d -o munge -g munge -m 755 "$dir/munge"
sock="$dir/munge/munge.socket"
runuser -u munge -- /usr/sbin/munged --socket="$sock" \
  --pid-file="$dir/munge/munged.pid" --log-file="$dir/munge/munged.log" \
  --seed-file="$dir/munge/munged.seed" ||
  cannot "munged did not start (see $dir/munge/munged.log)"
cp "$dir/munge/munged.pid" "$dir/run/munged.pid"
munge -n -S "$sock" | unmunge -S "$sock" >/dev/null ||
  cannot "munged does not answer on $sock"

free_port() {
  /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
ctld_port=$(free_port)
slurmd_port=$(free_port)
while [ "$slurmd_port" = "$ctld_port" ]; do slurmd_port=$(free_port); done
mem=$(free -m | awk '/^Mem:/ { print int($7 * 0.9) }')
cat > "$dir/slurm.conf" <<CONF
ClusterName=framing-test
SlurmctldHost=localhost
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
AuthType=auth/munge
AuthInfo=socket=$sock
CredType=cred/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
MailProg=/bin/true
ReturnToService=2
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/run/slurmctld.pid
SlurmdPidFile=$dir/run/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=$mem State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$dir/slurm.conf"
/usr/sbin/slurmctld -i >/dev/null 2>&1 ||
  cannot "slurmctld did not start (see $dir/log/slurmctld.log)"
/usr/sbin/slurmd -N localhost >/dev/null 2>&1 ||
  cannot "slurmd did not start (see $dir/log/slurmd.log)"
for _ in $(seq 100); do
  state=$(sinfo -h -n localhost -o %T 2>/dev/null || true)
  [ "$state" = idle ] && { echo "SLURM_CONF=$SLURM_CONF"; exit 0; }
  sleep 0.2
done
cannot "the node did not become idle within 20 s (state: ${state:-none}; see $dir/log/)"
