import sys
def main():
    print('main running')
    try:
        return finish()
    finally:
        print('main finally')
def finish():
    sys.exit(7)
main()
