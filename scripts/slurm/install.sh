#!/usr/bin/env bash
# Install Debian's Slurm and MUNGE (for the single-node test cluster of
# scripts/slurm/local_cluster.sh), unless already there. Needs root or sudo.
set -euo pipefail
if command -v slurmctld >/dev/null && command -v munged >/dev/null; then
  exit 0
fi
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
$SUDO apt-get update -qq
# policy-rc.d keeps the packages from starting daemons; nothing starts here.
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
  --no-install-recommends slurm-wlm munge >/dev/null
