/** Links of the goal rewriter (/doelen/) to the sources (root-relative; add the base path). */
export const goalLinks = {
  h5: '/studie/5-doelen/',
  h8: '/studie/8-als-dan-plannen/',
  leerdoelen: '/praktijk/leerdoelen-en-falen/',
  positief: '/praktijk/positief-in-gesprek/',
  leiderschap: '/praktijk/leiderschap/',
} as const;
