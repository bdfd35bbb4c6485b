//%% Parameters
String kommune = "Lejre";

//%% Fine
int a = 1;

//%% Broken
// The second statement uses a name that does not exist.
int b = a + 1;
int c = b +
    undefinedName;

//%% After
a + b;
