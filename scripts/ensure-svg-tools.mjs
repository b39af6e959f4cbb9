// Makes sure the tools the SVG exports are checked with are there: xmllint
// (libxml2-utils) parses every exported SVG as XML, rsvg-convert (librsvg2-bin)
// renders it as another program would. On Debian as root we install the
// distribution's packages, as ensure-chromium.mjs does for Chromium; anywhere
// else we say what to install. Exit 0 when both are there.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

export const SVG_TOOLS = [
  { command: 'xmllint', pkg: 'libxml2-utils' },
  { command: 'rsvg-convert', pkg: 'librsvg2-bin' },
];

export function hasCommand(command) {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}

/** Installs what is missing when it can; returns the tools still missing. */
export function ensureSvgTools({ quiet = false } = {}) {
  const missing = () => SVG_TOOLS.filter((t) => !hasCommand(t.command));
  const wanted = missing();
  if (wanted.length === 0) return [];
  const isDebian = fs.existsSync('/etc/debian_version');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isDebian && isRoot) {
    const pkgs = wanted.map((t) => t.pkg).join(' ');
    if (!quiet) console.error(`Installing Debian's ${pkgs} with apt-get (one time), to check the SVG exports...`);
    try {
      execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs}`, { stdio: quiet ? 'ignore' : 'inherit' });
    } catch {
      if (!quiet) console.error(`apt-get could not install ${pkgs}.`);
    }
  }
  return missing();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const still = ensureSvgTools();
  if (still.length > 0) {
    console.error(`The SVG export checks need ${still.map((t) => `${t.command} (Debian/Ubuntu: apt-get install ${t.pkg})`).join(' and ')}.`);
    process.exit(1);
  }
}
