/**
 * The trained model as one compact string (base64 of a small binary format), so that it
 * reaches the pure core as an ordinary module (weights.generated.ts) and loads in a few
 * milliseconds.
 *
 * Format, version 1: "KNER" u8 version · u8 labels · u32 features · feature hashes as
 * ascending deltas in LEB128 varints · f32 scale · per feature a u16 mask of the labels
 * with a non-zero weight, then one i8 per set bit (weight = i8 × scale) · labels² f32
 * transitions. Weights are quantised to 8 bits; features whose weights all round to zero
 * are dropped.
 */
import { LABEL_COUNT } from './labels';
import type { TrainedModel } from './train';

const L = LABEL_COUNT;
const MAGIC = 'KNER';
const VERSION = 1;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + (i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? ALPHABET[n & 63] : '=');
  }
  return out;
}

export function fromBase64(text: string): Uint8Array {
  let end = text.length;
  while (end > 0 && text[end - 1] === '=') end--;
  const bytes = new Uint8Array(Math.floor((end * 3) / 4));
  let j = 0;
  for (let i = 0; i < end; i += 4) {
    const n = (DECODE[text.charCodeAt(i)] << 18) | (DECODE[text.charCodeAt(i + 1)] << 12) | (DECODE[text.charCodeAt(i + 2)] << 6) | DECODE[text.charCodeAt(i + 3)];
    if (j < bytes.length) bytes[j++] = n >> 16;
    if (j < bytes.length) bytes[j++] = (n >> 8) & 255;
    if (j < bytes.length) bytes[j++] = n & 255;
  }
  return bytes;
}

export interface DecodedModel {
  readonly keys: Uint32Array;
  /** keys.length × LABEL_COUNT quantised weights: a score is weight × scale. */
  readonly weights: Int8Array;
  readonly scale: number;
  readonly transitions: Float64Array;
}

/** Quantises and packs a trained model. Weights below `minWeight` in absolute value are dropped. */
export function encodeModel(model: TrainedModel, minWeight = 0): string {
  const bytes: number[] = [];
  const u32 = (v: number): void => void bytes.push(v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255);
  const f32 = (v: number): void => {
    const b = new Uint8Array(new Float32Array([v]).buffer);
    bytes.push(...b);
  };
  const varint = (v: number): void => {
    let x = v >>> 0;
    while (x >= 128) {
      bytes.push((x & 127) | 128);
      x = Math.floor(x / 128);
    }
    bytes.push(x);
  };
  let maxAbs = 0;
  for (const w of model.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs / 127 || 1;
  const rows: { key: number; q: number[] }[] = [];
  for (let i = 0; i < model.keys.length; i++) {
    const q: number[] = [];
    for (let y = 0; y < L; y++) {
      const w = model.weights[i * L + y];
      q.push(Math.abs(w) < minWeight ? 0 : Math.max(-127, Math.min(127, Math.round(w / scale))));
    }
    if (q.some((v) => v !== 0)) rows.push({ key: model.keys[i], q });
  }
  rows.sort((a, b) => a.key - b.key);
  for (const ch of MAGIC) bytes.push(ch.charCodeAt(0));
  bytes.push(VERSION, L);
  u32(rows.length);
  let prev = 0;
  for (const r of rows) {
    varint(r.key - prev);
    prev = r.key;
  }
  f32(scale);
  for (const r of rows) {
    let mask = 0;
    r.q.forEach((v, y) => (mask |= v !== 0 ? 1 << y : 0));
    bytes.push(mask & 255, mask >> 8);
    for (const v of r.q) if (v !== 0) bytes.push(v & 255);
  }
  for (const t of model.transitions) f32(t);
  return toBase64(Uint8Array.from(bytes));
}

/** Unpacks a model; throws on a string that is not one (the caller reports it). */
export function decodeModel(text: string): DecodedModel {
  const bytes = fromBase64(text);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC || bytes[4] !== VERSION || bytes[5] !== L) throw new Error('not a Khabar NER model of this version');
  let p = 6;
  const count = view.getUint32(p, true);
  p += 4;
  const keys = new Uint32Array(count);
  let prev = 0;
  for (let i = 0; i < count; i++) {
    let v = 0;
    let shift = 1;
    for (;;) {
      const b = bytes[p++];
      v += (b & 127) * shift;
      if (b < 128) break;
      shift *= 128;
    }
    prev += v;
    keys[i] = prev;
  }
  const scale = view.getFloat32(p, true);
  p += 4;
  const weights = new Int8Array(count * L);
  for (let i = 0; i < count; i++) {
    const mask = bytes[p] | (bytes[p + 1] << 8);
    p += 2;
    for (let y = 0; y < L; y++) {
      if (!(mask & (1 << y))) continue;
      const b = bytes[p++];
      weights[i * L + y] = b > 127 ? b - 256 : b;
    }
  }
  const transitions = new Float64Array(L * L);
  for (let i = 0; i < L * L; i++, p += 4) transitions[i] = view.getFloat32(p, true);
  if (p !== bytes.length) throw new Error('trailing bytes in the NER model');
  return { keys, weights, scale, transitions };
}
