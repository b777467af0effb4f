#include <stdio.h>
#include <stdlib.h>

#define MAX 16

int main(int argc, char **argv) {
    char *buf = malloc(MAX);
    if (buf == NULL) {
        return 1;
    }
    free(buf);
    return 0;
}
