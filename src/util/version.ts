/** droid-ci's version: `droid-ci --version`, telemetry's service.version. */
export const VERSION = '0.1.0';
