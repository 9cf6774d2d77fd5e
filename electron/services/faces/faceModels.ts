import type { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { StudioFailure } from '../../../shared/api/errors';

// face-api's default entry wants @tensorflow/tfjs-node, which downloads native libraries when
// installed; its node-wasm build runs on the WebAssembly backend that ships inside the package.
export type FaceApi = typeof import('@vladmandic/face-api/dist/face-api.node-wasm.js');

// Inside a packaged app the wasm binaries and model files must be unpacked next to the asar
// archive: they are read with plain file calls.
const unpacked = (p: string) => p.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);

let loading: Promise<FaceApi> | null = null;

/** face-api with its two face detectors loaded, once per process. */
export function loadFaceModels(): Promise<FaceApi> {
  loading ??= load().catch((err: unknown) => {
    loading = null; // a failed load may be retried (e.g. after the files are restored)
    throw err;
  });
  return loading;
}

async function load(): Promise<FaceApi> {
  const require = createRequire(import.meta.url);
  let wasmDir: string;
  let modelDir: string;
  let faceapi: FaceApi;
  let wasm: typeof import('@tensorflow/tfjs-backend-wasm');
  try {
    wasmDir = unpacked(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm')));
    modelDir = unpacked(path.join(path.dirname(require.resolve('@vladmandic/face-api/package.json')), 'model'));
    faceapi = require('@vladmandic/face-api/dist/face-api.node-wasm.js') as FaceApi;
    wasm = require('@tensorflow/tfjs-backend-wasm') as typeof import('@tensorflow/tfjs-backend-wasm');
  } catch {
    throw new StudioFailure('internal', 'The face detector is missing: reinstall MedPost Studio.');
  }
  for (const file of ['ssd_mobilenetv1_model.bin', 'tiny_face_detector_model.bin']) {
    if (!fs.existsSync(path.join(modelDir, file))) {
      throw new StudioFailure('internal', `The face detector is incomplete (${file} is missing): reinstall MedPost Studio.`);
    }
  }
  // A plain folder path, not a file:// URL: in Node, Emscripten reads a local path with fs,
  // whereas Node's fetch refuses file:// URLs. Nothing is ever fetched from the network.
  wasm.setWasmPaths(wasmDir + path.sep);
  const tf = faceapi.tf as unknown as { setBackend(name: string): Promise<boolean>; ready(): Promise<void> };
  const before = listenerSnapshot();
  try {
    if (!(await tf.setBackend('wasm'))) {
      throw new StudioFailure('internal', 'The face detector could not start its WebAssembly engine.');
    }
    await tf.ready();
  } finally {
    dropListenersAddedSince(before);
  }
  // loadFromDisk reads the weights with fs; the default loader would fetch them.
  await faceapi.nets.ssdMobilenetv1.loadFromDisk(modelDir);
  await faceapi.nets.tinyFaceDetector.loadFromDisk(modelDir);
  return faceapi;
}

type Listener = (...args: unknown[]) => void;
type Listeners = Record<'uncaughtException' | 'unhandledRejection', Listener[]>;

// Through the plain EventEmitter type: Node's typings overload these per event name.
const emitter: EventEmitter = process;

function listenersOf(event: keyof Listeners): Listener[] {
  return emitter.listeners(event) as Listener[];
}

function listenerSnapshot(): Listeners {
  return { uncaughtException: listenersOf('uncaughtException'), unhandledRejection: listenersOf('unhandledRejection') };
}

// The Emscripten runtime inside the wasm backend installs process-wide handlers that rethrow
// every uncaught exception and unhandled rejection, which would turn any host's own error
// handling into a crash. Whatever it added is taken off again; Node's defaults remain.
function dropListenersAddedSince(before: Listeners): void {
  for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
    for (const listener of listenersOf(event)) {
      if (!before[event].includes(listener)) emitter.removeListener(event, listener);
    }
  }
}
