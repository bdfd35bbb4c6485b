// # A notebook whose third cell throws
//%% Parameters
int divisor = 0;

//%% Define
// A helper that divides; it fails only when called.
int share(int total) {
  int parts = divisor;
  return total / parts;
}

//%% Call
System.out.println("before the error");
int x = 1;
share(10);

//%% After
System.out.println("never" + " printed");
