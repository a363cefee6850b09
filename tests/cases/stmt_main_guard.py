def main():
    print('in main')
    return 0
if __name__ == "__main__":
    print('running as script')
    main()
else:
    print('imported')
import mod_guard
print(mod_guard.NAME)
print(mod_guard.value())
