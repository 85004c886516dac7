/**
 * Ends the process quietly when whoever reads standard output goes away (`npm run -s ask -- … |
 * head -1`): the reader closing the pipe is how such a pipeline says "enough", so it gets exit 0
 * instead of an `EPIPE` stack trace. Other write errors still surface.
 */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
