/* A page without data of its own (the shell's script does the rest). */
export {};
