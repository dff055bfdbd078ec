import type { Location } from '../location.js';

/** One frame of a JVM stack trace. */
export interface JvmFrame {
  /** the class, with nested classes (`acme.CartTest$WithAList`) */
  cls: string;
  method: string;
  /** the source file name as the frame names it (`CartTest.java`), if it does */
  file?: string | undefined;
  line?: number | undefined;
}

// `\tat acme.CartTest.addsTax(CartTest.java:17)`, JUnit 5's `   acme.CartTest.addsTax(CartTest.java:19)`,
// `at java.base/jdk.internal.reflect.X.invoke0(Native Method)`, `at app//acme.X.y(X.kt:3)`
const FRAME = /^\s*(?:at )?([^\s()]{1,500})\(([^()]{0,300})\)(?: ~\[[^\]]{0,200}\])?$/;
const SOURCE = /^([^:]{1,200}):(\d{1,9})$/;

/** The frame in a stack trace line, if the line is one. */
export function jvmFrame(text: string): JvmFrame | undefined {
  if (!text.includes('(')) return undefined;
  const m = FRAME.exec(text);
  if (!m) return undefined;
  let qualified = m[1] ?? '';
  const slash = qualified.lastIndexOf('/');
  if (slash >= 0) qualified = qualified.slice(slash + 1);
  const dot = qualified.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const src = SOURCE.exec(m[2] ?? '');
  return { cls: qualified.slice(0, dot), method: qualified.slice(dot + 1), file: src?.[1], line: src ? Number(src[2]) : undefined };
}

const FRAMEWORK = /^(?:java|javax|jdk|sun|com\.sun|kotlin|kotlinx|scala|groovy|org\.codehaus\.groovy|org\.junit|junit|org\.opentest4j|org\.apache\.maven|org\.gradle|worker\.org\.gradle|org\.testng|org\.hamcrest|org\.assertj|org\.mockito|net\.bytebuddy|com\.google\.common\.truth|org\.spockframework|org\.jetbrains|io\.kotest|org\.eclipse\.jdt|com\.intellij)\./;

/** A frame in the JDK, the test framework or the build tool, not in the project. */
export function isFrameworkClass(cls: string): boolean {
  return FRAMEWORK.test(cls);
}

/** `acme/CartTest.java` for a class `acme.CartTest$Inner` in file `CartTest.java`: the path under the source root. */
export function sourcePath(cls: string, file: string): string {
  const outer = cls.split('$')[0] ?? cls;
  const dot = outer.lastIndexOf('.');
  return dot > 0 ? `${outer.slice(0, dot).replace(/\./g, '/')}/${file}` : file;
}

function outerClass(cls: string): string {
  const d = cls.indexOf('$');
  return d < 0 ? cls : cls.slice(0, d);
}

/**
 * Picks the place of a failure out of its stack: the first frame in the test's own class (nested
 * classes and lambdas included), else the first frame in the project (not the JDK, the framework
 * or the build tool), else a frame in a file named like a test.
 */
export class JvmTrace {
  private test: Location | undefined;
  private project: Location | undefined;
  /** the class of the frame in the test's class whose method is the test's (a nested class's name) */
  testFrameClass: string | undefined;
  frames = 0;

  constructor(
    private testClass: string | undefined,
    private readonly testMethod?: string,
  ) {}

  setTestClass(cls: string | undefined): void {
    this.testClass = cls;
  }

  add(f: JvmFrame): void {
    this.frames += 1;
    if (this.test || f.line === undefined || !f.file) return;
    const at = { file: sourcePath(f.cls, f.file), line: f.line };
    const own = this.testClass !== undefined && outerClass(f.cls) === outerClass(this.testClass);
    const named = this.testClass === undefined && /(?:Test|Tests|IT|Spec|TestCase)\.(?:java|kt|groovy|scala)$/.test(f.file);
    if (own || named) {
      this.test = at;
      if (this.testMethod === undefined || f.method === this.testMethod) this.testFrameClass = f.cls;
      return;
    }
    if (!isFrameworkClass(f.cls)) this.project ??= at;
  }

  get place(): Location | undefined {
    return this.test ?? this.project;
  }
}

/** `Foo.java:14: error: cannot find symbol` (javac), the path as javac printed it. */
export const JAVAC_ERROR = /^(\S.{0,500}?\.java):(\d{1,9}): error: (.{1,500})$/;
