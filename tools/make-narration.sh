#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Generates the bundled narration in assets/audio/ from the technique content:
#   assets/audio/steps/<technique-id>/<NN>.mp3   one clip per step cue (NN = 01, 02, ...)
#   assets/audio/shared/*.mp3                     counts, side switches, release, chime, ...
#   assets/audio/manifest.json                    text, text hash, duration and size per clip
#
# Incremental: a clip is rendered only when it is missing or its text (hash) changed;
# clips whose step no longer exists are removed; the manifest is always rewritten.
# Installs nothing: run tools/install-deps.sh first if festival, lame or sox are missing.
#
# Output is byte-for-byte reproducible (sox -R, deterministic festival and lame).
#
# Usage: tools/make-narration.sh [--force] [--jobs N]
#   --force   re-render every clip (not needed after editing the recipe below: the
#             manifest stores a fingerprint of it, and a change re-renders everything)
#   --jobs N  parallel renders (default: 2)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
content_dir="${root}/assets/content/techniques"
audio_dir="${root}/assets/audio"
helper="${root}/tools/narration_manifest.py"

force=()
jobs=2
while [ "$#" -gt 0 ]; do
  case "$1" in
    --force) force=(--force) ;;
    --jobs) jobs="${2:?--jobs needs a number}"; shift ;;
    -h|--help) sed -n '3,21p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "make-narration: unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

# ---- the rendering recipe -------------------------------------------------------------
export NARRATION_VOICE="voice_cmu_us_slt_arctic_hts"
export NARRATION_RATE=22050        # Hz, mono
export NARRATION_SPEED=0.9         # hts_engine speed rate: below 1 is slower, calmer speech
export NARRATION_BITRATE=24        # kbit/s CBR (MPEG-2 layer III at 22.05 kHz)
export NARRATION_TARGET_RMS=-20    # dBFS, speech loudness after normalising
export NARRATION_PEAK_CEIL=-1      # dBFS, never louder than this at peak
export NARRATION_CHIME_RMS=-27     # dBFS, the chime sits well below the speech
export NARRATION_PAD=0.1           # seconds of silence kept before and after speech

# ---- prerequisites ---------------------------------------------------------------------
missing=()
for tool in text2wave festival sox lame python3; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "make-narration: missing tools: ${missing[*]}" >&2
  echo "make-narration: install them with tools/install-deps.sh (festival festvox-us-slt-hts lame sox)" >&2
  exit 1
fi
if ! ls /usr/share/festival/voices/us/cmu_us_slt_arctic_hts >/dev/null 2>&1; then
  echo "make-narration: festival voice cmu_us_slt_arctic_hts is not installed" >&2
  echo "make-narration: install it with tools/install-deps.sh (package festvox-us-slt-hts)" >&2
  exit 1
fi
if [ ! -d "$content_dir" ]; then
  echo "make-narration: no content directory at $content_dir" >&2
  exit 1
fi

# Refuse to narrate content that does not validate.
bash "${root}/tools/content-check.sh" "$content_dir" >/dev/null || {
  echo "make-narration: content has problems; run tools/content-check.sh" >&2
  exit 1
}

work="$(mktemp -d "${TMPDIR:-/tmp}/narration.XXXXXX")"
trap 'rm -rf -- "$work"' EXIT
export NARRATION_WORK="$work" NARRATION_AUDIO="$audio_dir"
mkdir -p "$audio_dir/steps" "$audio_dir/shared" "$work/tmp"

# Renders one clip. Arguments: "<relpath>\t<speech|chime>" (one line of $work/jobs).
render_clip() {
  set -euo pipefail
  local line="$1" rel kind name txt raw trimmed normed mp3 stats rms peak gain
  rel="${line%%$'\t'*}"
  kind="${line#*$'\t'}"
  name="${rel//\//__}"
  txt="${NARRATION_WORK}/text/${name}.txt"
  raw="${NARRATION_WORK}/tmp/${name}.raw.wav"
  trimmed="${NARRATION_WORK}/tmp/${name}.trim.wav"
  normed="${NARRATION_WORK}/tmp/${name}.norm.wav"
  mp3="${NARRATION_WORK}/tmp/${name}.mp3"

  if [ "$kind" = "chime" ]; then
    # Two sine partials (A5 and E6, a fifth apart) with a soft attack and a long
    # logarithmic decay, about 0.8 s.
    sox -q -R -n -r "$NARRATION_RATE" -c 2 -b 16 "$trimmed" \
      synth 0.8 sine 880 sine 1318.5 remix 1v0.7,2v0.3 \
      fade q 0.008 0.8 0.72
    target="$NARRATION_CHIME_RMS"
  else
    text2wave -eval "(begin (${NARRATION_VOICE}) (set! hts_engine_params
        (append hts_engine_params (list (list \"-r\" ${NARRATION_SPEED})))))" \
      "$txt" -o "$raw" >/dev/null
    # Remove the DC offset, resample, trim leading/trailing silence, keep a short pad.
    sox -q -R "$raw" -r "$NARRATION_RATE" -c 1 -b 16 "$trimmed" \
      highpass 50 \
      silence 1 0.02 -48d reverse silence 1 0.02 -48d reverse \
      pad "$NARRATION_PAD" "$NARRATION_PAD"
    target="$NARRATION_TARGET_RMS"
  fi

  # Loudness: bring the RMS level to the target, but keep peaks under the ceiling.
  stats="$(sox "$trimmed" -n stats 2>&1)"
  rms="$(awk '/^RMS lev dB/ {print $4}' <<<"$stats")"
  peak="$(awk '/^Pk lev dB/ {print $4}' <<<"$stats")"
  gain="$(awk -v r="$rms" -v p="$peak" -v t="$target" -v c="$NARRATION_PEAK_CEIL" \
    'BEGIN { g = t - r; if (p + g > c) g = c - p; printf "%.2f", g }')"
  sox -q -R "$trimmed" "$normed" gain "$gain"

  # --resample keeps 22.05 kHz (lame would drop to 16 kHz at low bit rates).
  lame --quiet --noreplaygain -b "$NARRATION_BITRATE" -m m \
    --resample "$(awk -v r="$NARRATION_RATE" 'BEGIN { print r / 1000 }')" "$normed" "$mp3"
  mkdir -p "$(dirname "${NARRATION_AUDIO}/${rel}")"
  mv -f -- "$mp3" "${NARRATION_AUDIO}/${rel}"
  rm -f -- "$raw" "$trimmed" "$normed"
  echo "narration: rendered ${rel}"
}
export -f render_clip

# Fingerprint of the recipe: the render function and every setting above. Stored in the
# manifest; when it changes, every clip is rendered again.
recipe="$({ declare -f render_clip; env | grep '^NARRATION_' | grep -v -e '^NARRATION_WORK=' \
  -e '^NARRATION_AUDIO=' | LC_ALL=C sort; } | sha256sum | cut -c1-16)"

python3 "$helper" plan --content "$content_dir" --audio "$audio_dir" --work "$work" \
  --recipe "$recipe" "${force[@]}"

if [ -s "$work/jobs" ]; then
  tr '\n' '\0' <"$work/jobs" | xargs -0 -r -n 1 -P "$jobs" bash -c 'render_clip "$1"' _
fi

python3 "$helper" write --content "$content_dir" --audio "$audio_dir" --recipe "$recipe"
python3 "$helper" verify --audio "$audio_dir" --content "$content_dir"
