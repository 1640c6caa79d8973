#!/usr/bin/env bash
# Renders an exported workbook the way a clerk would print it: LibreOffice (headless) converts it
# to PDF using each sheet's page setup, then pdftoppm turns every page into a PNG to look at.
#   scripts/render-xlsx.sh FILE.xlsx [OUT_DIR] [DPI]
# Needs: apt-get install -y --no-install-recommends libreoffice-calc poppler-utils fonts-noto-cjk
set -euo pipefail

if [[ $# -lt 1 || ! -f "$1" ]]; then
  echo "用法：scripts/render-xlsx.sh 文件.xlsx [输出目录] [分辨率dpi]（找不到文件“${1:-}”）" >&2
  exit 2
fi
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "缺少 $tool：请先安装 libreoffice-calc 与 poppler-utils" >&2; exit 2; }
done

xlsx="$(realpath "$1")"
out="$(realpath -m "${2:-/tmp/budgetdesk-render}")"
dpi="${3:-80}"
name="$(basename "${xlsx%.*}")"
mkdir -p "$out"

# A private LibreOffice profile, so a running soffice of someone else is never reused or locked.
profile="$(mktemp -d /tmp/lo-profile.XXXXXX)"
trap 'rm -rf "$profile"' EXIT
soffice --headless --norestore "-env:UserInstallation=file://$profile" \
  --convert-to pdf --outdir "$out" "$xlsx" >/dev/null

rm -f "$out/$name"-page-*.png
pdftoppm -png -r "$dpi" "$out/$name.pdf" "$out/$name-page"
pages=$(ls "$out/$name"-page-*.png | wc -l)
echo "$out/$name.pdf：$pages 页 → $out/$name-page-*.png"
